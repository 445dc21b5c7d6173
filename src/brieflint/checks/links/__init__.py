"""Link and translation rules (``L``): language tags and URLs, checked offline.

Language tags are checked in two steps: well-formed by RFC 5646's grammar
(``ar_IQ`` is not), then valid, every subtag registered, by langcodes
(``arabic`` is well-formed but no language). The brief's own ``language``
defaults to ``en``. Two tags are "the same language" when their language and
(likely) script agree and their regions do not differ: ``en`` and ``en-GB``
are the same, ``pt-BR`` and ``pt-PT`` are not, nor ``zh-Hans`` and ``zh-Hant``.

URLs are every ``url`` of ``translations``, ``sources``, ``related`` and
``authors``, and every inline link, autolink and bare URL of the body. Nothing
is fetched: whether a URL answers is not checked here.
"""
