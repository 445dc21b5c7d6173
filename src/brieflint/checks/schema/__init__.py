"""Schema rules (``S``): the brief against its JSON Schema, in words a person can act on.

:mod:`.validate` validates a brief once per document and words each violation
(located at the offending value, under a code for its kind); :mod:`.rules`
declares the S rules, each reporting the violations of its code.
"""
