"""Annotation exchange formats: W3C Web Annotation (JSON-LD), REFI-QDA (.qdpx) and CSV.

Everything here works on the neutral records of `model.py`; reading and writing files, matching
articles and merging into a library are the services' business.
"""
