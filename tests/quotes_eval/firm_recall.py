"""Q102's recall on the labels their own labellers did not mark "borderline", beside its recall on all of them.

    python tests/quotes_eval/firm_recall.py [FIRST LAST]     (held-out sets FIRST to LAST; default 71 92)

A label is borderline when its passage's ``note`` names it and says "borderline" before the next label it names (the
labellers of sets 22 and later write one clause per doubtful label). The reading of the notes is approximate: a note
that names a label without the word counts it as firm.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402  (the scorer beside this script)

_FN = re.compile(r"FN passage (\d+): (['\"])(.*)\2\n")


def borderline(passage: dict[str, object], label: str) -> bool:
    """The passage's note names ``label`` and calls it borderline within its clause."""
    note = str(passage.get("note") or "")
    at = note.find(label)
    return at != -1 and "borderline" in note[at : at + 300].split("'; '")[0]


def main(first: int = 71, last: int = 92) -> None:
    labels = doubtful = missed = missed_doubtful = 0
    for n in range(first, last + 1):
        passages = evaluate.load_passages(HERE / f"heldout{n}.yaml")
        scores = evaluate.evaluate(passages)
        for passage in passages:
            for label in passage.get("vague") or []:  # type: ignore[attr-defined]
                labels += 1
                doubtful += borderline(passage, str(label))
        for error in scores["Q102"].errors:
            m = _FN.match(error)
            if m:
                missed += 1
                missed_doubtful += borderline(passages[int(m.group(1)) - 1], m.group(3))
    firm = labels - doubtful
    print(f"sets {first}-{last}: {labels} vague labels, {doubtful} borderline by their labellers' notes")
    print(f"  Q102 found {labels - missed} of all ({(labels - missed) / labels:.2f})")
    print(
        f"  Q102 found {firm - (missed - missed_doubtful)} of the {firm} firm ones "
        f"({(firm - (missed - missed_doubtful)) / firm:.2f})"
    )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
