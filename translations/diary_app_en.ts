<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupsDialog</name>
        <message numerus="yes">
            <source>%n diary entries</source>
            <translation>
                <numerusform>%n diary entry</numerusform>
                <numerusform>%n diary entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartText</name>
        <message numerus="yes">
            <source>%1, from %2 to %3 (values: %n): lowest %4, highest %5, last %6.</source>
            <translation>
                <numerusform>%1, from %2 to %3 (values: %n): lowest %4, highest %5, last %6.</numerusform>
                <numerusform>%1, from %2 to %3 (values: %n): lowest %4, highest %5, last %6.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Doses marked: %n, from %1 to %2.</source>
            <translation>
                <numerusform>Doses marked: %n, from %1 to %2.</numerusform>
                <numerusform>Doses marked: %n, from %1 to %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <source>Darker: marked on more of the logged days (%n); the left leg on the left in both views</source>
            <translation>
                <numerusform>Darker: marked on more of the logged days (%n); the left leg on the left in both views</numerusform>
                <numerusform>Darker: marked on more of the logged days (%n); the left leg on the left in both views</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pattern</name>
        <message numerus="yes">
            <source>Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical attention: if this is happening now, contact a doctor or an emergency service today, whatever the pattern below.</source>
            <translation>
                <numerusform>Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical attention: if this is happening now, contact a doctor or an emergency service today, whatever the pattern below.</numerusform>
                <numerusform>Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical attention: if this is happening now, contact a doctor or an emergency service today, whatever the pattern below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vitamin B12 treatment started on %1, %n weeks before the last logged day of this period. The comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 to %7.</source>
            <translation>
                <numerusform>Vitamin B12 treatment started on %1, %n week before the last logged day of this period. The comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 to %7.</numerusform>
                <numerusform>Vitamin B12 treatment started on %1, %n weeks before the last logged day of this period. The comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 to %7.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 days before, %n days after).</source>
            <translation>
                <numerusform>Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 days before, %n day after).</numerusform>
                <numerusform>Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 days before, %n days after).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vitamin B12 treatment started on %1. This period has %2 logged days before it and %n from it on; at least %3 on each side are needed to compare.</source>
            <translation>
                <numerusform>Vitamin B12 treatment started on %1. This period has %2 logged days before it and %n from it on; at least %3 on each side are needed to compare.</numerusform>
                <numerusform>Vitamin B12 treatment started on %1. This period has %2 logged days before it and %n from it on; at least %3 on each side are needed to compare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks after vitamin B12 treatment started, the diary shows no clear improvement. The guidance this program follows (NICE NG239) suggests reviewing nerve symptoms at about three months of treatment.</source>
            <translation>
                <numerusform>%n week after vitamin B12 treatment started, the diary shows no clear improvement. The guidance this program follows (NICE NG239) suggests reviewing nerve symptoms at about three months of treatment.</numerusform>
                <numerusform>%n weeks after vitamin B12 treatment started, the diary shows no clear improvement. The guidance this program follows (NICE NG239) suggests reviewing nerve symptoms at about three months of treatment.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after; the timed 10-metre walk: %5 seconds before and %6 after (%7 days before, %n days after).</source>
            <translation>
                <numerusform>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after; the timed 10-metre walk: %5 seconds before and %6 after (%7 days before, %n day after).</numerusform>
                <numerusform>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after; the timed 10-metre walk: %5 seconds before and %6 after (%7 days before, %n days after).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after (%5 days before, %n days after).</source>
            <translation>
                <numerusform>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after (%5 days before, %n day after).</numerusform>
                <numerusform>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after (%5 days before, %n days after).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No clear change yet, %n weeks after treatment started. Improvement after starting B12 can take weeks to months (NICE NG239 suggests reviewing nerve symptoms after about three months), and a change in the diary does not show that the treatment caused it.</source>
            <translation>
                <numerusform>No clear change yet, %n week after treatment started. Improvement after starting B12 can take weeks to months (NICE NG239 suggests reviewing nerve symptoms after about three months), and a change in the diary does not show that the treatment caused it.</numerusform>
                <numerusform>No clear change yet, %n weeks after treatment started. Improvement after starting B12 can take weeks to months (NICE NG239 suggests reviewing nerve symptoms after about three months), and a change in the diary does not show that the treatment caused it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 %3 by %4, every %n days</source>
            <translation>
                <numerusform>%1, %2 %3 by %4, every day</numerusform>
                <numerusform>%1, %2 %3 by %4, every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6. Not found: %7.</source>
            <translation>
                <numerusform>Plan %1: %2 of %n planned dose taken (%3%) from %4 to %5, counting %6. Not found: %7.</numerusform>
                <numerusform>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6. Not found: %7.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6.</source>
            <translation>
                <numerusform>Plan %1: %2 of %n planned dose taken (%3%) from %4 to %5, counting %6.</numerusform>
                <numerusform>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a dose taken up to %n days before or after its planned date</source>
            <translation>
                <numerusform>a dose taken up to %n day before or after its planned date</numerusform>
                <numerusform>a dose taken up to %n days before or after its planned date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a gradual rise over the first weeks (%n logged days)</source>
            <translation>
                <numerusform>a gradual rise over the first weeks (%n logged day)</numerusform>
                <numerusform>a gradual rise over the first weeks (%n logged days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a sudden rise in the first weeks (%n logged days)</source>
            <translation>
                <numerusform>a sudden rise in the first weeks (%n logged day)</numerusform>
                <numerusform>a sudden rise in the first weeks (%n logged days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no rise seen in the first weeks (%n logged days)</source>
            <translation>
                <numerusform>no rise seen in the first weeks (%n logged day)</numerusform>
                <numerusform>no rise seen in the first weeks (%n logged days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mostly %1 (each on at least half of %n days with symptoms)</source>
            <translation>
                <numerusform>mostly %1 (each on at least half of %n day with symptoms)</numerusform>
                <numerusform>mostly %1 (each on at least half of %n days with symptoms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no sensation on half of the %n days with symptoms</source>
            <translation>
                <numerusform>no sensation on half of the %n day with symptoms</numerusform>
                <numerusform>no sensation on half of the %n days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>starting in the feet (%n days)</source>
            <translation>
                <numerusform>starting in the feet (%n day)</numerusform>
                <numerusform>starting in the feet (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>spreading upward (%n days with regions)</source>
            <translation>
                <numerusform>spreading upward (%n day with regions)</numerusform>
                <numerusform>spreading upward (%n days with regions)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>hands involved (%n days)</source>
            <translation>
                <numerusform>hands involved (%n day)</numerusform>
                <numerusform>hands involved (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from the lower back down one leg (%n days)</source>
            <translation>
                <numerusform>from the lower back down one leg (%n day)</numerusform>
                <numerusform>from the lower back down one leg (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>all round both feet, like a stocking (%n days)</source>
            <translation>
                <numerusform>all round both feet, like a stocking (%n day)</numerusform>
                <numerusform>all round both feet, like a stocking (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>both hands too: glove and stocking (%n days)</source>
            <translation>
                <numerusform>both hands too: glove and stocking (%n day)</numerusform>
                <numerusform>both hands too: glove and stocking (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a band down one leg (%n days)</source>
            <translation>
                <numerusform>a band down one leg (%n day)</numerusform>
                <numerusform>a band down one leg (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>both legs at similar strength on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>both legs at similar strength on %n of %1 days with symptoms</numerusform>
                <numerusform>both legs at similar strength on %n of %1 days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left leg only on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>left leg only on %n of %1 days with symptoms</numerusform>
                <numerusform>left leg only on %n of %1 days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>right leg only on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>right leg only on %n of %1 days with symptoms</numerusform>
                <numerusform>right leg only on %n of %1 days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no single side pattern over %n days with symptoms</source>
            <translation>
                <numerusform>no single side pattern over %n day with symptoms</numerusform>
                <numerusform>no single side pattern over %n days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no leg symptoms recorded (%n days with symptoms)</source>
            <translation>
                <numerusform>no leg symptoms recorded (%n day with symptoms)</numerusform>
                <numerusform>no leg symptoms recorded (%n days with symptoms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>too few days to describe a side pattern (%n days with symptoms)</source>
            <translation>
                <numerusform>too few days to describe a side pattern (%n day with symptoms)</numerusform>
                <numerusform>too few days to describe a side pattern (%n days with symptoms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taking turns: the left leg alone on %1 and the right leg alone on %2 of %n days with symptoms</source>
            <translation>
                <numerusform>taking turns: the left leg alone on %1 and the right leg alone on %2 of %n day with symptoms</numerusform>
                <numerusform>taking turns: the left leg alone on %1 and the right leg alone on %2 of %n days with symptoms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %n days</source>
            <translation>
                <numerusform>%1 on %n day</numerusform>
                <numerusform>%1 on %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none recorded on %n days or more</source>
            <translation>
                <numerusform>none recorded on %n day or more</numerusform>
                <numerusform>none recorded on %n days or more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning signs: on %n days of the whole diary, listed first.</source>
            <translation>
                <numerusform>Warning signs: on %n day of the whole diary, listed first.</numerusform>
                <numerusform>Warning signs: on %n days of the whole diary, listed first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: left leg %2 at the start and %3 now, right leg %4 and %5 (means of the first %6 and the last %n logged days, 0 to 10).</source>
            <translation>
                <numerusform>%1: left leg %2 at the start and %3 now, right leg %4 and %5 (means of the first %6 and the last %n logged day, 0 to 10).</numerusform>
                <numerusform>%1: left leg %2 at the start and %3 now, right leg %4 and %5 (means of the first %6 and the last %n logged days, 0 to 10).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning signs: none ticked or shown on any of the %n logged days of the whole diary.</source>
            <translation>
                <numerusform>Warning signs: none ticked or shown on any of the %n logged day of the whole diary.</numerusform>
                <numerusform>Warning signs: none ticked or shown on any of the %n logged days of the whole diary.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No symptoms since %1 (%n days to the last logged day).</source>
            <translation>
                <numerusform>No symptoms since %1 (%n day to the last logged day).</numerusform>
                <numerusform>No symptoms since %1 (%n days to the last logged day).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Treatment: no vitamin B12 logged in the whole diary (%n logged days).</source>
            <translation>
                <numerusform>Treatment: no vitamin B12 logged in the whole diary (%n logged day).</numerusform>
                <numerusform>Treatment: no vitamin B12 logged in the whole diary (%n logged days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Treatment: vitamin B12 (%1) since %2; %3 of %n planned doses in this period taken (%4%).</source>
            <translation>
                <numerusform>Treatment: vitamin B12 (%1) since %2; %3 of %n planned dose in this period taken (%4%).</numerusform>
                <numerusform>Treatment: vitamin B12 (%1) since %2; %3 of %n planned doses in this period taken (%4%).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking (0 normal to 4): %1 at the start and %2 now; timed 10-metre walk: %3 and %4 seconds; falls in the period: %n.</source>
            <translation>
                <numerusform>Walking (0 normal to 4): %1 at the start and %2 now; timed 10-metre walk: %3 and %4 seconds; falls in the period: %n.</numerusform>
                <numerusform>Walking (0 normal to 4): %1 at the start and %2 now; timed 10-metre walk: %3 and %4 seconds; falls in the period: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking (0 normal to 4): %1 at the start and %2 now; falls in the period: %n.</source>
            <translation>
                <numerusform>Walking (0 normal to 4): %1 at the start and %2 now; falls in the period: %n.</numerusform>
                <numerusform>Walking (0 normal to 4): %1 at the start and %2 now; falls in the period: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs.</source>
            <translation>
                <numerusform>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs.</numerusform>
                <numerusform>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs, and over the weeks the marks rose up both legs.</source>
            <translation>
                <numerusform>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs, and over the weeks the marks rose up both legs.</numerusform>
                <numerusform>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs, and over the weeks the marks rose up both legs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both hands were marked too on %n of them (glove and stocking), as the reference documents describe for diabetic neuropathy; B12 deficiency can affect the hands too.</source>
            <translation>
                <numerusform>Both hands were marked too on %n of them (glove and stocking), as the reference documents describe for diabetic neuropathy; B12 deficiency can affect the hands too.</numerusform>
                <numerusform>Both hands were marked too on %n of them (glove and stocking), as the reference documents describe for diabetic neuropathy; B12 deficiency can affect the hands too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</source>
            <translation>
                <numerusform>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</numerusform>
                <numerusform>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</source>
            <translation>
                <numerusform>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</numerusform>
                <numerusform>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</source>
            <translation>
                <numerusform>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</numerusform>
                <numerusform>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</source>
            <translation>
                <numerusform>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</numerusform>
                <numerusform>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A mixed picture: both feet all round (a stocking) on %n of %1 days with places marked on the legs, one leg alone in a band from %3 on %2 days.</source>
            <translation>
                <numerusform>A mixed picture: both feet all round (a stocking) on %n of %1 days with places marked on the legs, one leg alone in a band from %3 on %2 days.</numerusform>
                <numerusform>A mixed picture: both feet all round (a stocking) on %n of %1 days with places marked on the legs, one leg alone in a band from %3 on %2 days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Other signs, with the number of days out of %n logged: %1.</source>
            <translation>
                <numerusform>Other signs, with the number of days out of %n logged: %1.</numerusform>
                <numerusform>Other signs, with the number of days out of %n logged: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Falls: %1 in all, on %n of %2 logged days.</source>
            <translation>
                <numerusform>Falls: %1 in all, on %n of %2 logged days.</numerusform>
                <numerusform>Falls: %1 in all, on %n of %2 logged days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking was rated worse in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</source>
            <translation>
                <numerusform>Walking was rated worse in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged day in each half).</numerusform>
                <numerusform>Walking was rated worse in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking was rated better in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</source>
            <translation>
                <numerusform>Walking was rated better in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged day in each half).</numerusform>
                <numerusform>Walking was rated better in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This summary covers %1 to %2: %n of %3 days were logged.</source>
            <translation>
                <numerusform>This summary covers %1 to %2: %n of %3 days were logged.</numerusform>
                <numerusform>This summary covers %1 to %2: %n of %3 days were logged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms both legs were affected at similar strength (no sensation more than %2 points apart between left and right): a symmetric pattern. The reference documents describe symmetric leg symptoms in nerve damage from vitamin B12 deficiency and from diabetes.</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms both legs were affected at similar strength (no sensation more than %2 points apart between left and right): a symmetric pattern. The reference documents describe symmetric leg symptoms in nerve damage from vitamin B12 deficiency and from diabetes.</numerusform>
                <numerusform>On %n of %1 days with symptoms both legs were affected at similar strength (no sensation more than %2 points apart between left and right): a symmetric pattern. The reference documents describe symmetric leg symptoms in nerve damage from vitamin B12 deficiency and from diabetes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The legs took turns: of %n days with symptoms, the left leg alone on %1 and the right leg alone on %2, changing sides %3 times. This is neither the two-legged pattern the reference documents give for neuropathy nor the one leg they give for sciatica; sides that alternate are worth checking with a clinician.</source>
            <translation>
                <numerusform>The legs took turns: of %n day with symptoms, the left leg alone on %1 and the right leg alone on %2, changing sides %3 times. This is neither the two-legged pattern the reference documents give for neuropathy nor the one leg they give for sciatica; sides that alternate are worth checking with a clinician.</numerusform>
                <numerusform>The legs took turns: of %n days with symptoms, the left leg alone on %1 and the right leg alone on %2, changing sides %3 times. This is neither the two-legged pattern the reference documents give for neuropathy nor the one leg they give for sciatica; sides that alternate are worth checking with a clinician.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n days with symptoms show no single pattern: both legs at similar strength on %1, clearly unequal on %2, the left leg only on %3, the right leg only on %4. The reference documents note that B12 deficiency can mimic sciatica and that the two can be mistaken for each other, so this mixed picture is worth showing to a clinician.</source>
            <translation>
                <numerusform>The %n day with symptoms shows no single pattern: both legs at similar strength on %1, clearly unequal on %2, the left leg only on %3, the right leg only on %4. The reference documents note that B12 deficiency can mimic sciatica and that the two can be mistaken for each other, so this mixed picture is worth showing to a clinician.</numerusform>
                <numerusform>The %n days with symptoms show no single pattern: both legs at similar strength on %1, clearly unequal on %2, the left leg only on %3, the right leg only on %4. The reference documents note that B12 deficiency can mimic sciatica and that the two can be mistaken for each other, so this mixed picture is worth showing to a clinician.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No leg symptoms were recorded on any of the %n logged days.</source>
            <translation>
                <numerusform>No leg symptoms were recorded on the %n logged day.</numerusform>
                <numerusform>No leg symptoms were recorded on any of the %n logged days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both legs were affected on %1 of %2 days with symptoms, and on %n of them the symptoms spread from the lower back into both legs. The reference documents describe symptoms starting in the feet in both legs for B12 deficiency and diabetes, and one leg with pain from the lower back for sciatica; pain from the back into both legs is neither picture, and it is a warning sign (above).</source>
            <translation>
                <numerusform>Both legs were affected on %1 of %2 days with symptoms, and on %n of them the symptoms spread from the lower back into both legs. The reference documents describe symptoms starting in the feet in both legs for B12 deficiency and diabetes, and one leg with pain from the lower back for sciatica; pain from the back into both legs is neither picture, and it is a warning sign (above).</numerusform>
                <numerusform>Both legs were affected on %1 of %2 days with symptoms, and on %n of them the symptoms spread from the lower back into both legs. The reference documents describe symptoms starting in the feet in both legs for B12 deficiency and diabetes, and one leg with pain from the lower back for sciatica; pain from the back into both legs is neither picture, and it is a warning sign (above).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the left leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms only the left leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</numerusform>
                <numerusform>On %n of %1 days with symptoms only the left leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the right leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms only the right leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</numerusform>
                <numerusform>On %n of %1 days with symptoms only the right leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the left leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms only the left leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</numerusform>
                <numerusform>On %n of %1 days with symptoms only the left leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the right leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms only the right leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</numerusform>
                <numerusform>On %n of %1 days with symptoms only the right leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n of %1 days in this period were logged; at least %2 logged days are needed before the diary describes a pattern.</source>
            <translation>
                <numerusform>Only %n of %1 days in this period were logged; at least %2 logged days are needed before the diary describes a pattern.</numerusform>
                <numerusform>Only %n of %1 days in this period were logged; at least %2 logged days are needed before the diary describes a pattern.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Symptoms were recorded on %n of %1 logged days; at least %2 days with symptoms are needed before the diary describes which legs are affected.</source>
            <translation>
                <numerusform>Symptoms were recorded on %n of %1 logged days; at least %2 days with symptoms are needed before the diary describes which legs are affected.</numerusform>
                <numerusform>Symptoms were recorded on %n of %1 logged days; at least %2 days with symptoms are needed before the diary describes which legs are affected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms both legs were affected but clearly unequally (a sensation more than %2 points apart); the left leg was stronger on %3 of them and the right leg on %4.</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms both legs were affected but clearly unequally (a sensation more than %2 points apart); the left leg was stronger on %3 of them and the right leg on %4.</numerusform>
                <numerusform>On %n of %1 days with symptoms both legs were affected but clearly unequally (a sensation more than %2 points apart); the left leg was stronger on %3 of them and the right leg on %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where the symptoms were felt was not marked on any of the %n days with symptoms.</source>
            <translation>
                <numerusform>Where the symptoms were felt was not marked on any of the %n day with symptoms.</numerusform>
                <numerusform>Where the symptoms were felt was not marked on any of the %n days with symptoms.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where the symptoms were felt was marked on %n of %1 days with symptoms.</source>
            <translation>
                <numerusform>Where the symptoms were felt was marked on %n of %1 days with symptoms.</numerusform>
                <numerusform>Where the symptoms were felt was marked on %n of %1 days with symptoms.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of the first %1 days with symptoms and marked places, the feet were affected and nothing above the lower legs: the symptoms started in the feet.</source>
            <translation>
                <numerusform>On %n of the first %1 days with symptoms and marked places, the feet were affected and nothing above the lower legs: the symptoms started in the feet.</numerusform>
                <numerusform>On %n of the first %1 days with symptoms and marked places, the feet were affected and nothing above the lower legs: the symptoms started in the feet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the first %n days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</source>
            <translation>
                <numerusform>None of the first %n day with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</numerusform>
                <numerusform>None of the first %n days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n of the first %1 days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</source>
            <translation>
                <numerusform>Only %n of the first %1 days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</numerusform>
                <numerusform>Only %n of the first %1 days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The highest place reached rose from %1 in the first week with marked places to %2, held for %3 weeks running (%n weeks with marked places, %4 days).</source>
            <translation>
                <numerusform>The highest place reached rose from %1 in the first week with marked places to %2, held for %3 weeks running (%n week with marked places, %4 days).</numerusform>
                <numerusform>The highest place reached rose from %1 in the first week with marked places to %2, held for %3 weeks running (%n weeks with marked places, %4 days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms they reached from the lower back or buttock down one leg, as the reference documents describe for sciatica.</source>
            <translation>
                <numerusform>On %n of %1 days with symptoms they reached from the lower back or buttock down one leg, as the reference documents describe for sciatica.</numerusform>
                <numerusform>On %n of %1 days with symptoms they reached from the lower back or buttock down one leg, as the reference documents describe for sciatica.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hands were marked on %n of %1 days with symptoms. The reference documents describe feet and hands together in diabetic neuropathy; B12 deficiency can affect the hands too.</source>
            <translation>
                <numerusform>The hands were marked on %n of %1 days with symptoms. The reference documents describe feet and hands together in diabetic neuropathy; B12 deficiency can affect the hands too.</numerusform>
                <numerusform>The hands were marked on %n of %1 days with symptoms. The reference documents describe feet and hands together in diabetic neuropathy; B12 deficiency can affect the hands too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over the first months the symptoms rose slowly: the highest score of the day averaged %1 in the first four weeks from %2 and %3 in the four weeks up to %4 (%n logged days).</source>
            <translation>
                <numerusform>Over the first months the symptoms rose slowly: the highest score of the day averaged %1 in the first four weeks from %2 and %3 in the four weeks up to %4 (%n logged day).</numerusform>
                <numerusform>Over the first months the symptoms rose slowly: the highest score of the day averaged %1 in the first four weeks from %2 and %3 in the four weeks up to %4 (%n logged days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over the first weeks the symptoms rose gradually: the highest score of the day averaged %1 in the week from %2 and %3 in the week up to %4 (%n logged days).</source>
            <translation>
                <numerusform>Over the first weeks the symptoms rose gradually: the highest score of the day averaged %1 in the week from %2 and %3 in the week up to %4 (%n logged day).</numerusform>
                <numerusform>Over the first weeks the symptoms rose gradually: the highest score of the day averaged %1 in the week from %2 and %3 in the week up to %4 (%n logged days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Early on the symptoms rose suddenly: the highest score of the day went from %1 on %2 to %3 on %4 (%n logged days in the first four weeks examined).</source>
            <translation>
                <numerusform>Early on the symptoms rose suddenly: the highest score of the day went from %1 on %2 to %3 on %4 (%n logged day in the first four weeks examined).</numerusform>
                <numerusform>Early on the symptoms rose suddenly: the highest score of the day went from %1 on %2 to %3 on %4 (%n logged days in the first four weeks examined).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The diary starts with symptoms already present, and their strength shows no clear rise in the first four weeks (%n logged days) or the months after; how they began is before the diary.</source>
            <translation>
                <numerusform>The diary starts with symptoms already present, and their strength shows no clear rise in the first four weeks (%n logged day) or the months after; how they began is before the diary.</numerusform>
                <numerusform>The diary starts with symptoms already present, and their strength shows no clear rise in the first four weeks (%n logged days) or the months after; how they began is before the diary.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The strength of the symptoms shows no clear rise in the first four weeks after they began (%n logged days) or the months after.</source>
            <translation>
                <numerusform>The strength of the symptoms shows no clear rise in the first four weeks after they began (%n logged day) or the months after.</numerusform>
                <numerusform>The strength of the symptoms shows no clear rise in the first four weeks after they began (%n logged days) or the months after.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Involuntary movements were recorded on %n of %1 logged days. One reference document notes that they can appear within days of starting B12 treatment, mostly in infants, and usually fade within weeks; tell the clinician.</source>
            <translation>
                <numerusform>Involuntary movements were recorded on %n of %1 logged days. One reference document notes that they can appear within days of starting B12 treatment, mostly in infants, and usually fade within weeks; tell the clinician.</numerusform>
                <numerusform>Involuntary movements were recorded on %n of %1 logged days. One reference document notes that they can appear within days of starting B12 treatment, mostly in infants, and usually fade within weeks; tell the clinician.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n days from %1 to %2</source>
            <translation>
                <numerusform>on %n day from %1 to %2</numerusform>
                <numerusform>on %n days from %1 to %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegimenAdherenceModel</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegimenPanel</name>
        <message numerus="yes">
            <source>%n plans saved.</source>
            <translation>
                <numerusform>%n plan saved.</numerusform>
                <numerusform>%n plans saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message numerus="yes">
            <source>%n planned doses were not logged while the program was closed; the last was due on %1: %2.</source>
            <translation>
                <numerusform>%n planned dose was not logged while the program was closed; it was due on %1: %2.</numerusform>
                <numerusform>%n planned doses were not logged while the program was closed; the last was due on %1: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The diary was not filled in on %n days while the program was closed; the last was %1.</source>
            <translation>
                <numerusform>The diary was not filled in on %n day while the program was closed; it was %1.</numerusform>
                <numerusform>The diary was not filled in on %n days while the program was closed; the last was %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n older results not shown here.</source>
            <translation>
                <numerusform>%n older result not shown here.</numerusform>
                <numerusform>%n older results not shown here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older results: see the appendix.</source>
            <translation>
                <numerusform>%n older result: see the appendix.</numerusform>
                <numerusform>%n older results: see the appendix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older marked notes not shown here.</source>
            <translation>
                <numerusform>%n older marked note not shown here.</numerusform>
                <numerusform>%n older marked notes not shown here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older marked notes: see the appendix.</source>
            <translation>
                <numerusform>%n older marked note: see the appendix.</numerusform>
                <numerusform>%n older marked notes: see the appendix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Days logged: %1 of the %n days in the period.</source>
            <translation>
                <numerusform>Days logged: %1 of the %n day in the period.</numerusform>
                <numerusform>Days logged: %1 of the %n days in the period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average score (0 none to 10 worst) on the logged days of the first and the last %n days.</source>
            <translation>
                <numerusform>Average score (0 none to 10 worst) on the logged days of the first and the last %n day.</numerusform>
                <numerusform>Average score (0 none to 10 worst) on the logged days of the first and the last %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>B12 started on %6, %7 weeks before the last logged day. Before B12: %1 to %2 (%3 logged days); since B12, latest weeks: %4 to %5 (%n logged days).</source>
            <translation>
                <numerusform>B12 started on %6, %7 weeks before the last logged day. Before B12: %1 to %2 (%3 logged days); since B12, latest weeks: %4 to %5 (%n logged day).</numerusform>
                <numerusform>B12 started on %6, %7 weeks before the last logged day. Before B12: %1 to %2 (%3 logged days); since B12, latest weeks: %4 to %5 (%n logged days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n days</source>
            <translation>
                <numerusform>First %n day</numerusform>
                <numerusform>First %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Period: %1 to %2 (%n days)</source>
            <translation>
                <numerusform>Period: %1 to %2 (%n day)</numerusform>
                <numerusform>Period: %1 to %2 (%n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n days in this period the patient ticked a warning sign that needs care the same day:</source>
            <translation>
                <numerusform>On %n day in this period the patient ticked a warning sign that needs care the same day:</numerusform>
                <numerusform>On %n days in this period the patient ticked a warning sign that needs care the same day:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message numerus="yes">
            <source>The report (%n pages) was saved to:
%1</source>
            <translation>
                <numerusform>The report (%n page) was saved to:
%1</numerusform>
                <numerusform>The report (%n pages) was saved to:
%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The preview shows the first %1 of the report's %n pages; the PDF has them all.</source>
            <translation>
                <numerusform>The preview shows the first %1 of the report's %n page; the PDF has them all.</numerusform>
                <numerusform>The preview shows the first %1 of the report's %n pages; the PDF has them all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TreatmentLabels</name>
        <message numerus="yes">
            <source>%n tablets</source>
            <translation>
                <numerusform>%n tablet</numerusform>
                <numerusform>%n tablets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n days</source>
            <translation>
                <numerusform>every day</numerusform>
                <numerusform>every %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
