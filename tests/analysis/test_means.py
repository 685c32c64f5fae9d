"""Average scores per sensation and leg."""

from analysis_builders import offset
from analysis_builders import scores

from diary_app.analysis import sensation_means


def test_means_over_logged_days_in_the_period_only():
    entries = [
        scores(0, tingling=(4, 2)),
        scores(1, tingling=(6, 0), pain=(0, 3)),
        scores(5, tingling=(10, 10)),
    ]
    means = sensation_means(entries, offset(0), offset(2))
    assert means["tingling"] == {"left": 5.0, "right": 1.0}
    assert means["pain"] == {"left": 0.0, "right": 1.5}
    assert means["weakness"] == {"left": 0.0, "right": 0.0}


def test_no_days_gives_none():
    means = sensation_means([scores(0, tingling=(4, 2))], offset(3), offset(9))
    assert set(means) == {"tingling", "numbness", "burning", "pain", "weakness"}
    assert all(v == {"left": None, "right": None} for v in means.values())
