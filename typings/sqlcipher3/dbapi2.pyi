# See __init__.pyi: sqlcipher3.dbapi2 has the API of the standard library's sqlite3.dbapi2.
from sqlite3 import *  # noqa: F403  (re-exporting sqlite3 is the point)
