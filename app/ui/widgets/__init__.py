"""Reusable widgets that hold no journal data of their own: passphrase fields, the feedback box,
the progress chart, the safe Markdown browser…"""
