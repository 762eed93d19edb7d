"""An annotated article as a page: the model (`page`), and writers for HTML (`html`) and for Qt's
rich text (`rich_text`, which printing and the PDF use). Shared by the article export and reports."""
