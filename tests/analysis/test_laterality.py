"""The laterality of one day: affected and similar, from all five sensations."""

from analysis_builders import day
from analysis_builders import scores

from diary_app.analysis import laterality_counts
from diary_app.analysis import laterality_of_day
from diary_app.analysis import stronger_side
from diary_app.domain import DayEntry


def test_no_scores_is_no_symptoms():
    assert laterality_of_day(DayEntry(day=day(0).day)) == "no_symptoms"


def test_one_leg_only():
    assert laterality_of_day(day(0, left=4)) == "left_only"
    assert laterality_of_day(day(0, right=1)) == "right_only"


def test_similar_within_two_points_on_every_sensation():
    assert laterality_of_day(scores(0, tingling=(5, 7), pain=(2, 0))) == "symmetric"
    assert laterality_of_day(scores(0, tingling=(5, 7), pain=(2, 1))) == "symmetric"


def test_three_points_apart_on_one_sensation_is_asymmetric():
    assert laterality_of_day(scores(0, tingling=(5, 5), burning=(1, 4))) == "asymmetric"


def test_different_sensations_per_leg_are_compared_sensation_by_sensation():
    # Left: tingling 6; right: pain 6. Both legs affected, but no sensation is shared.
    assert laterality_of_day(scores(0, tingling=(6, 0), pain=(0, 6))) == "asymmetric"


def test_weakness_alone_counts_as_affected():
    assert laterality_of_day(scores(0, weakness=(0, 3))) == "right_only"


def test_stronger_side_uses_top_score_then_total():
    assert stronger_side(scores(0, tingling=(8, 2))) == "left"
    assert stronger_side(scores(0, tingling=(5, 5), pain=(0, 3))) == "right"
    assert stronger_side(scores(0, tingling=(5, 5))) is None


def test_counts_cover_every_kind():
    counts = laterality_counts([day(0, 3, 3), day(1, 3, 0), day(2)])
    assert counts == {"symmetric": 1, "asymmetric": 0, "left_only": 1, "right_only": 0, "no_symptoms": 1}
