"""Team sync: a library writes its author's annotations to a shared place and merges its colleagues'.

`transport.py` is the one interface to that place (`folder.py`: a folder a sync engine keeps in step;
an annotation server speaking the W3C Web Annotation Protocol could be a second), `sync.py` the
rounds (write mine, merge theirs, each file speaking only for its author), `report.py` what a round
did.
"""
