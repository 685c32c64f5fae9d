"""A small Arabic translator for report tests (the real one comes from translations/*.qm)."""

from diary_app.domain.messages import english

ARABIC = {
    "Leg symptom diary: summary for the doctor": "مذكرات أعراض الساقين: ملخص للطبيب",
    "Patient: %1": "المريض: %1",
    "Patient: %1, born %2": "المريض: %1، مواليد %2",
    "Period: %1 to %2 (%n days)": "الفترة: من %1 إلى %2 (%n يوماً)",
    "Made on %1": "أُعدّ في %1",
    "Self-reported diary, not a diagnosis: the patient recorded these symptoms at home.": (
        "مذكرات يسجلها المريض بنفسه، وليست تشخيصاً: سجّل المريض هذه الأعراض في المنزل."
    ),
    "Self-reported diary, not a diagnosis": "مذكرات ذاتية، وليست تشخيصاً",
    "Page %1 of %2": "صفحة %1 من %2",
    "Symptom diary of %1, %2 to %3": "مذكرات أعراض %1، من %2 إلى %3",
    "Key figures": "أرقام أساسية",
    "Days logged: %1 of the %n days in the period.": "الأيام المسجلة: %1 من %n يوماً في الفترة.",
    "Sensation": "الإحساس",
    "Left leg": "الساق اليسرى",
    "Right leg": "الساق اليمنى",
    "First %n days": "أول %n يوماً",
    "Last %n days": "آخر %n يوماً",
    "Change": "التغير",
    "Before B12": "قبل B12",
    "Since B12": "منذ B12",
    "Pins and needles (tingling)": "الوخز",
    "Numbness": "الخدر",
    "Burning": "الحرقان",
    "Pain": "الألم",
    "Weakness": "الضعف",
    "What the diary shows": "ما تُظهره المذكرات",
    "Falls: %1 in the period, on %n days.": "السقطات: %1 في الفترة، في %n يوماً.",
    "RED FLAG: warning signs that need urgent medical attention (NICE)": (
        "علامة إنذار: علامات تحتاج إلى رعاية طبية عاجلة (NICE)"
    ),
    "agrees": "يتوافق",
    "Feature": "السمة",
    "B12 neuropathy": "اعتلال أعصاب B12",
    "Diabetic neuropathy": "اعتلال الأعصاب السكري",
    "Sciatica": "عرق النسا",
    "Laboratory results": "نتائج المختبر",
    "Date": "التاريخ",
    "Test": "الفحص",
    "Result": "النتيجة",
    "Unit": "الوحدة",
    "Reference range": "المدى المرجعي",
    "Outside range?": "خارج المدى؟",
    "%1 to %2": "%1 إلى %2",
    "within range": "ضمن المدى",
    "HIGH, above range": "مرتفع، فوق المدى",
    "LOW, below range": "منخفض، تحت المدى",
    "Appendix: the daily log": "ملحق: السجل اليومي",
    "L": "ي",
    "R": "م",
    "Notes": "ملاحظات",
    "below": "أدناه",
    "Tingling": "الوخز",
    "Gait": "المشي",
    "Falls": "السقطات",
    "Back pain": "ألم الظهر",
    "Red flag": "إنذار",
}


def arabic(context: str, source: str, n: int = -1) -> str:
    """Arabic for the strings above, English for the rest (like a partly translated .qm)."""
    return ARABIC.get(source) or english(context, source, n)
