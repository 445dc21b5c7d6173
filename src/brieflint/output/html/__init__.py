"""The editor's report: one self-contained HTML page (or one per brief) from a run's briefs and findings.

:func:`brieflint.output.html.views.brief_view` makes what a brief's section shows;
:class:`brieflint.output.html.page.ReportWriter` renders the Jinja2 templates
(autoescaping on) and writes the files. Imported only by ``brieflint report``.
"""
