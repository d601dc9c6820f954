"""Lead grading in the window: the rules editor, a lead's grade tab, the content report."""
