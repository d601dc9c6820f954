"""Lead grading: behaviours, the score and A-D grade, procedures per grade, content pieces.

``behaviours`` and ``content`` are record stores; ``rules`` holds what the user edits;
``score`` keeps ``contact.score``/``grade`` current (called by the use-cases that write);
``explain`` says why; ``manual``/``procedures`` are the grade's use-cases.
"""
