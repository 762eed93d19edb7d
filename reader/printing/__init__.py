"""What Qt draws for paper and PDF, shared by the window and the command line: QtGui only, no widgets.

(Qt is not allowed below this layer, and the window and the command line do not import each other.)
"""
