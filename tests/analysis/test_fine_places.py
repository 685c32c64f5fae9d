"""The finer places feed the rules written for the coarse areas; the saddle mark is a warning sign."""

from diary_app.analysis.days import REGION_LEVEL
from diary_app.analysis.days import facts_of
from diary_app.analysis.derived_warnings import leg_radiates
from diary_app.analysis.red_flags import red_flag_days
from diary_app.domain.places import areas
from diary_app.domain.places import shown_as
from tests.analysis.analysis_builders import day


def test_each_finer_place_counts_as_its_coarse_area():
    assert areas({"toes", "heel", "calf", "thigh_back", "buttock", "fingers"}) == {
        "feet",
        "lower_leg",
        "knee_thigh",
        "buttock_hip",
        "hands",
    }
    assert areas({"feet", "saddle"}) == {"feet", "saddle"}


def test_an_old_coarse_place_lights_the_whole_area_on_the_map():
    assert shown_as({"feet"}) == {"toes", "foot_top_big_toe_side", "foot_top_little_toe_side", "sole", "heel"}
    assert shown_as({"hands", "lower_back"}) == {"hands", "lower_back"}


def test_the_highest_level_reads_the_finer_places():
    assert (
        facts_of(day(0, 3, 3, regions_left=frozenset({"sole", "shin_inner"}))).top_level
        == REGION_LEVEL["lower_leg"]
    )
    assert (
        facts_of(day(0, 3, 3, regions_right=frozenset({"thigh_outer"}))).top_level
        == REGION_LEVEL["knee_thigh"]
    )


def test_a_band_from_the_buttock_to_the_foot_radiates_from_the_back():
    entry = day(
        0, 6, 0, regions_left=frozenset({"buttock", "thigh_outer", "shin_outer", "foot_top_big_toe_side"})
    )
    assert leg_radiates(entry, "left")
    assert not leg_radiates(day(0, 6, 0, regions_left=frozenset({"sole", "toes"})), "left")


def test_the_saddle_area_marked_on_the_map_raises_the_saddle_warning_sign():
    marked = day(3, 2, 2, regions_right=frozenset({"saddle"}))
    plain = day(4, 2, 2, regions_right=frozenset({"sole"}))
    (found,) = red_flag_days([plain, marked])
    assert found.day == marked.day and found.flags == ("saddle_numbness",)
    ticked = day(
        5, 2, 2, regions_left=frozenset({"saddle"}), red_flags=frozenset({"saddle_numbness", "foot_drop"})
    )
    assert red_flag_days([ticked])[0].flags == ("saddle_numbness", "foot_drop")


def test_a_band_needs_one_leg_and_one_root():
    from diary_app.analysis.place_picture import band_root
    from diary_app.analysis.place_picture import day_band

    assert band_root(frozenset({"thigh_front", "knee", "shin_inner"})) == "L4"
    assert band_root(frozenset({"shin_outer", "foot_top_big_toe_side", "lower_back"})) == "L5"
    assert band_root(frozenset({"calf", "sole", "foot_top_little_toe_side"})) == "S1"
    assert band_root(frozenset({"toes"})) is None  # the toes are L5's and S1's alike
    assert band_root(frozenset({"shin_outer", "calf"})) is None  # two routes
    assert band_root(frozenset({"thigh_outer", "thigh_front"})) is None  # nothing below the knee
    assert band_root(frozenset({"lower_leg", "feet"})) is None  # old coarse places: nothing invented
    both = day(0, 5, 5, regions_left=frozenset({"calf", "sole"}), regions_right=frozenset({"heel"}))
    assert day_band(both) is None


def test_stocking_and_band_days_together_are_a_mixed_picture():
    from diary_app.analysis.place_picture import MIXED
    from diary_app.analysis.place_picture import picture_of

    stocking = frozenset({"foot_top_big_toe_side", "sole"})
    days = [day(i, 3, 3, regions_left=stocking, regions_right=stocking) for i in range(4)]
    days += [day(i, 6, 0, regions_left=frozenset({"calf", "sole", "heel"})) for i in range(4, 8)]
    picture = picture_of(days, ascending=False)
    assert (picture.kind, picture.stocking_days, picture.band) == (MIXED, 4, ("left", "S1", 4))
