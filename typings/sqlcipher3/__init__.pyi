# sqlcipher3 ships no type hints. It is the standard library's sqlite3 module built against
# SQLCipher, with the same API, so mypy reads it as sqlite3 (typeshed's stubs). The classes are
# distinct at run time: never mix sqlite3 and sqlcipher3 objects and rely on these stubs.
from sqlite3 import *  # noqa: F403  (re-exporting sqlite3 is the point)

from . import dbapi2 as dbapi2
