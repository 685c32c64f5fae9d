<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>BackSection</name>
        <message>
            <source>Back</source>
            <translation>الظهر</translation>
        </message>
        <message>
            <source>Back pain, 0 to 10</source>
            <translation>ألم الظهر، من ٠ إلى ١٠</translation>
        </message>
        <message>
            <source>Back pain</source>
            <translation>ألم الظهر</translation>
        </message>
        <message>
            <source>The pain spreads from the lower back down the leg</source>
            <translation>ينتشر الألم من أسفل الظهر نزولًا إلى الساق</translation>
        </message>
        <message>
            <source>It is worse when I cough or sneeze</source>
            <translation>يشتد عند السعال أو العطس</translation>
        </message>
        <message>
            <source>It is worse when I sit</source>
            <translation>يشتد عند الجلوس</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Daily</source>
            <translation>يومية</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>أنشأتها بنفسك</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>قبل تحديث البرنامج</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>قبل استيراد</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>قبل استعادة</translation>
        </message>
        <message>
            <source>Before a repair</source>
            <translation>قبل إصلاح</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>الملفات الشخصية</translation>
        </message>
        <message>
            <source>Day entries</source>
            <translation>إدخالات الأيام</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>damaged: cannot be restored</source>
            <translation>تالفة: لا يمكن استعادتها</translation>
        </message>
        <message>
            <source>no day entries</source>
            <translation>لا توجد إدخالات أيام</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>A backup is made once a day when the diary has changed, and before every import that replaces days, every upgrade and every restore. Each one is checked before it is kept. They are in %1.</source>
            <translation>تُنشأ نسخة احتياطية مرة واحدة في اليوم عندما تتغير اليوميات، وقبل كل استيراد يستبدل أيامًا، وقبل كل تحديث وكل استعادة. تُفحص كل نسخة قبل الاحتفاظ بها. النسخ محفوظة في %1.</translation>
        </message>
        <message>
            <source>Restore this backup…</source>
            <translation>استعادة هذه النسخة…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>إنشاء نسخة احتياطية الآن</translation>
        </message>
        <message>
            <source>Back up now to…</source>
            <translation>إنشاء نسخة احتياطية الآن في…</translation>
        </message>
        <message>
            <source>The diary was backed up and checked.</source>
            <translation>أُنشئت نسخة احتياطية من اليوميات وفُحصت.</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>حفظ النسخة الاحتياطية في</translation>
        </message>
        <message>
            <source>Diary backups (*.sqlite3)</source>
            <translation>نسخ اليوميات الاحتياطية (*.sqlite3)</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>كُتبت النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>The backup was written to %1 and checked.</source>
            <translation>كُتبت النسخة الاحتياطية في %1 وفُحصت.</translation>
        </message>
        <message>
            <source>Replace the diary with the backup made on %1? It holds %2 (%3). Whatever was entered after it is replaced; the diary as it is now is backed up first.</source>
            <translation>هل تريد استبدال اليوميات بالنسخة الاحتياطية المنشأة في %1؟ تحتوي على %2 (%3). سيُستبدل كل ما أُدخل بعدها، وستُحفظ نسخة احتياطية من اليوميات بحالتها الحالية أولًا.</translation>
        </message>
        <message numerus="yes">
            <source>%n diary entries</source>
            <translation>
                <numerusform>%n إدخال</numerusform>
                <numerusform>إدخال واحد</numerusform>
                <numerusform>إدخالان</numerusform>
                <numerusform>%n إدخالات</numerusform>
                <numerusform>%n إدخالًا</numerusform>
                <numerusform>%n إدخال</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>استُعيدت النسخة الاحتياطية.</translation>
        </message>
        <message>
            <source>This did not work, and nothing was changed: %1</source>
            <translation>لم ينجح ذلك، ولم يتغير شيء: %1</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Where you feel it</source>
            <translation>أين تشعر بالأعراض</translation>
        </message>
        <message>
            <source>Arrow keys move between body parts; Space marks or unmarks the one with the dashed frame. Front and back views: your left leg is on the left in both.</source>
            <translation>تنقل مفاتيح الأسهم بين أجزاء الجسم؛ ويحدد مفتاح المسافة الجزء ذا الإطار المتقطع أو يلغي تحديده. في المنظرين الأمامي والخلفي: ساقك اليسرى على اليسار في كليهما.</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>الساق اليسرى</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>الساق اليمنى</translation>
        </message>
        <message>
            <source>Left toes</source>
            <translation>أصابع القدم اليسرى</translation>
        </message>
        <message>
            <source>Right toes</source>
            <translation>أصابع القدم اليمنى</translation>
        </message>
        <message>
            <source>Top of the left foot, big-toe side</source>
            <translation>ظهر القدم اليسرى، جهة الإبهام</translation>
        </message>
        <message>
            <source>Top of the right foot, big-toe side</source>
            <translation>ظهر القدم اليمنى، جهة الإبهام</translation>
        </message>
        <message>
            <source>Top of the left foot, little-toe side</source>
            <translation>ظهر القدم اليسرى، جهة الإصبع الصغير</translation>
        </message>
        <message>
            <source>Top of the right foot, little-toe side</source>
            <translation>ظهر القدم اليمنى، جهة الإصبع الصغير</translation>
        </message>
        <message>
            <source>Sole of the left foot</source>
            <translation>باطن القدم اليسرى</translation>
        </message>
        <message>
            <source>Sole of the right foot</source>
            <translation>باطن القدم اليمنى</translation>
        </message>
        <message>
            <source>Left heel</source>
            <translation>الكعب الأيسر</translation>
        </message>
        <message>
            <source>Right heel</source>
            <translation>الكعب الأيمن</translation>
        </message>
        <message>
            <source>Left shin, inner side</source>
            <translation>قصبة الساق اليسرى، الجهة الداخلية</translation>
        </message>
        <message>
            <source>Right shin, inner side</source>
            <translation>قصبة الساق اليمنى، الجهة الداخلية</translation>
        </message>
        <message>
            <source>Left shin, outer side</source>
            <translation>قصبة الساق اليسرى، الجهة الخارجية</translation>
        </message>
        <message>
            <source>Right shin, outer side</source>
            <translation>قصبة الساق اليمنى، الجهة الخارجية</translation>
        </message>
        <message>
            <source>Left calf</source>
            <translation>ربلة الساق اليسرى</translation>
        </message>
        <message>
            <source>Right calf</source>
            <translation>ربلة الساق اليمنى</translation>
        </message>
        <message>
            <source>Left knee</source>
            <translation>الركبة اليسرى</translation>
        </message>
        <message>
            <source>Right knee</source>
            <translation>الركبة اليمنى</translation>
        </message>
        <message>
            <source>Front of the left thigh</source>
            <translation>مقدمة الفخذ اليسرى</translation>
        </message>
        <message>
            <source>Front of the right thigh</source>
            <translation>مقدمة الفخذ اليمنى</translation>
        </message>
        <message>
            <source>Outer side of the left thigh</source>
            <translation>الجهة الخارجية من الفخذ اليسرى</translation>
        </message>
        <message>
            <source>Outer side of the right thigh</source>
            <translation>الجهة الخارجية من الفخذ اليمنى</translation>
        </message>
        <message>
            <source>Back of the left thigh</source>
            <translation>مؤخرة الفخذ اليسرى</translation>
        </message>
        <message>
            <source>Back of the right thigh</source>
            <translation>مؤخرة الفخذ اليمنى</translation>
        </message>
        <message>
            <source>Left buttock</source>
            <translation>الألية اليسرى</translation>
        </message>
        <message>
            <source>Right buttock</source>
            <translation>الألية اليمنى</translation>
        </message>
        <message>
            <source>Lower back, left side</source>
            <translation>أسفل الظهر، الجهة اليسرى</translation>
        </message>
        <message>
            <source>Lower back, right side</source>
            <translation>أسفل الظهر، الجهة اليمنى</translation>
        </message>
        <message>
            <source>Saddle area (around the back passage and genitals), left side</source>
            <translation>منطقة السرج (حول فتحة الشرج والأعضاء التناسلية)، الجهة اليسرى</translation>
        </message>
        <message>
            <source>Saddle area (around the back passage and genitals), right side</source>
            <translation>منطقة السرج (حول فتحة الشرج والأعضاء التناسلية)، الجهة اليمنى</translation>
        </message>
        <message>
            <source>Left fingers</source>
            <translation>أصابع اليد اليسرى</translation>
        </message>
        <message>
            <source>Right fingers</source>
            <translation>أصابع اليد اليمنى</translation>
        </message>
        <message>
            <source>Left hand (whole hand)</source>
            <translation>اليد اليسرى (اليد كلها)</translation>
        </message>
        <message>
            <source>Right hand (whole hand)</source>
            <translation>اليد اليمنى (اليد كلها)</translation>
        </message>
        <message>
            <source>Front: your legs as you look down at them</source>
            <translation>من الأمام: ساقاك كما تنظر إليهما من الأعلى</translation>
        </message>
        <message>
            <source>Back: seen from behind</source>
            <translation>من الخلف: كما تُرى من الوراء</translation>
        </message>
        <message>
            <source>%1: marked</source>
            <translation>%1: محدد</translation>
        </message>
    </context>
    <context>
        <name>ChartText</name>
        <message>
            <source>left leg, each day</source>
            <translation>الساق اليسرى، كل يوم</translation>
        </message>
        <message>
            <source>right leg, each day</source>
            <translation>الساق اليمنى، كل يوم</translation>
        </message>
        <message>
            <source>left leg, mean of 7 days</source>
            <translation>الساق اليسرى، متوسط ٧ أيام</translation>
        </message>
        <message>
            <source>right leg, mean of 7 days</source>
            <translation>الساق اليمنى، متوسط ٧ أيام</translation>
        </message>
        <message>
            <source>walking, each day</source>
            <translation>المشي، كل يوم</translation>
        </message>
        <message>
            <source>walking, mean of 7 days</source>
            <translation>المشي، متوسط ٧ أيام</translation>
        </message>
        <message>
            <source>timed 10-metre walk, seconds</source>
            <translation>مشي ١٠ أمتار بالتوقيت، بالثواني</translation>
        </message>
        <message>
            <source>falls</source>
            <translation>السقطات</translation>
        </message>
        <message>
            <source>days with both legs alike</source>
            <translation>أيام تشابهت فيها الساقان</translation>
        </message>
        <message>
            <source>days with both legs, one stronger</source>
            <translation>أيام في الساقين وإحداهما أشد</translation>
        </message>
        <message>
            <source>days with the left leg only</source>
            <translation>أيام في الساق اليسرى وحدها</translation>
        </message>
        <message>
            <source>days with the right leg only</source>
            <translation>أيام في الساق اليمنى وحدها</translation>
        </message>
        <message>
            <source>days without symptoms</source>
            <translation>أيام بلا أعراض</translation>
        </message>
        <message>
            <source>results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>results outside the reference range</source>
            <translation>نتائج خارج المدى المرجعي</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message numerus="yes">
            <source>%1, from %2 to %3 (values: %n): lowest %4, highest %5, last %6.</source>
            <translation>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
                <numerusform>%1، من %2 إلى %3 (عدد القيم: %n): الأدنى %4، والأعلى %5، والأخير %6.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 in all, from %3 to %4.</source>
            <translation>%1: %2 في المجموع، من %3 إلى %4.</translation>
        </message>
        <message numerus="yes">
            <source>Doses marked: %n, from %1 to %2.</source>
            <translation>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
                <numerusform>الجرعات المعلَّمة: %n، من %1 إلى %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>اللوحة</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>السلسلة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>عدد القيم</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>الأدنى</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>الأعلى</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>الأخير</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Left</source>
            <translation>اليسرى</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>اليمنى</translation>
        </message>
        <message>
            <source>Left leg, %1-day mean</source>
            <translation>الساق اليسرى، متوسط %1 أيام</translation>
        </message>
        <message>
            <source>Right leg, %1-day mean</source>
            <translation>الساق اليمنى، متوسط %1 أيام</translation>
        </message>
        <message>
            <source>Both legs alike</source>
            <translation>الساقان بالقدر نفسه</translation>
        </message>
        <message>
            <source>Both legs, one worse</source>
            <translation>الساقان، وإحداهما أشد</translation>
        </message>
        <message>
            <source>Left leg only</source>
            <translation>الساق اليسرى فقط</translation>
        </message>
        <message>
            <source>Right leg only</source>
            <translation>الساق اليمنى فقط</translation>
        </message>
        <message>
            <source>No symptoms</source>
            <translation>لا أعراض</translation>
        </message>
        <message>
            <source>Injection</source>
            <translation>حقنة</translation>
        </message>
        <message>
            <source>Tablet or capsule</source>
            <translation>قرص أو كبسولة</translation>
        </message>
        <message>
            <source>Under the tongue</source>
            <translation>تحت اللسان</translation>
        </message>
        <message>
            <source>Nasal spray</source>
            <translation>بخاخ أنفي</translation>
        </message>
        <message>
            <source>Other dose</source>
            <translation>جرعة أخرى</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>طبيعي</translation>
        </message>
        <message>
            <source>Slightly unsteady</source>
            <translation>غير ثابت قليلًا</translation>
        </message>
        <message>
            <source>Unsteady, careful</source>
            <translation>غير ثابت، بحذر</translation>
        </message>
        <message>
            <source>Needs support</source>
            <translation>بحاجة إلى سند</translation>
        </message>
        <message>
            <source>Cannot walk unaided</source>
            <translation>عاجز عن المشي دون مساعدة</translation>
        </message>
        <message>
            <source>Vitamin B12</source>
            <translation>فيتامين ب١٢</translation>
        </message>
        <message>
            <source>Methylmalonic acid (MMA)</source>
            <translation>حمض الميثيل مالونيك (MMA)</translation>
        </message>
        <message>
            <source>Homocysteine</source>
            <translation>الهوموسيستين</translation>
        </message>
        <message>
            <source>Folate</source>
            <translation>الفولات</translation>
        </message>
        <message>
            <source>Haemoglobin</source>
            <translation>الهيموغلوبين</translation>
        </message>
        <message>
            <source>Mean cell volume (MCV)</source>
            <translation>متوسط حجم الكرية الحمراء (MCV)</translation>
        </message>
        <message>
            <source>HbA1c</source>
            <translation>الهيموغلوبين السكري (HbA1c)</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>يناير</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>فبراير</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>مارس</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>أبريل</translation>
        </message>
        <message>
            <source>May</source>
            <translation>مايو</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>يونيو</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>يوليو</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>أغسطس</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>سبتمبر</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>أكتوبر</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>نوفمبر</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>ديسمبر</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>No entries in this period</source>
            <translation>لا توجد إدخالات في هذه الفترة</translation>
        </message>
        <message>
            <source>No laboratory results in this period</source>
            <translation>لا توجد نتائج تحاليل في هذه الفترة</translation>
        </message>
        <message>
            <source>Symptoms by leg</source>
            <translation>الأعراض في كل ساق</translation>
        </message>
        <message>
            <source>Intensity (%1–%2)</source>
            <translation>الشدة (%1–%2)</translation>
        </message>
        <message>
            <source>Doses</source>
            <translation>الجرعات</translation>
        </message>
        <message>
            <source>Start: %1, %2</source>
            <translation>البدء: %1، %2</translation>
        </message>
        <message>
            <source>Plan start</source>
            <translation>بدء الخطة</translation>
        </message>
        <message>
            <source>B12</source>
            <translation>ب١٢</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Other medicine</source>
            <translation>دواء آخر</translation>
        </message>
        <message>
            <source>Which legs were affected</source>
            <translation>أي الساقين كانت مصابة</translation>
        </message>
        <message>
            <source>Days in each week</source>
            <translation>الأيام في كل أسبوع</translation>
        </message>
        <message>
            <source>Days in each month</source>
            <translation>الأيام في كل شهر</translation>
        </message>
        <message>
            <source>Where it is felt</source>
            <translation>أين تُحَس الأعراض</translation>
        </message>
        <message numerus="yes">
            <source>Darker: marked on more of the logged days (%n); the left leg on the left in both views</source>
            <translation>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
                <numerusform>الأغمق: محدد في عدد أكبر من الأيام المسجلة (%n)؛ الساق اليسرى على اليسار في المنظرين</numerusform>
            </translation>
        </message>
        <message>
            <source>toes</source>
            <translation>أصابع القدم</translation>
        </message>
        <message>
            <source>top of the foot, big-toe side</source>
            <translation>ظهر القدم، جهة الإبهام</translation>
        </message>
        <message>
            <source>top of the foot, little-toe side</source>
            <translation>ظهر القدم، جهة الإصبع الصغير</translation>
        </message>
        <message>
            <source>sole</source>
            <translation>باطن القدم</translation>
        </message>
        <message>
            <source>heel</source>
            <translation>الكعب</translation>
        </message>
        <message>
            <source>shin, inner side</source>
            <translation>قصبة الساق، الجهة الداخلية</translation>
        </message>
        <message>
            <source>shin, outer side</source>
            <translation>قصبة الساق، الجهة الخارجية</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>ربلة الساق</translation>
        </message>
        <message>
            <source>knee</source>
            <translation>الركبة</translation>
        </message>
        <message>
            <source>front of the thigh</source>
            <translation>مقدمة الفخذ</translation>
        </message>
        <message>
            <source>outer side of the thigh</source>
            <translation>الجهة الخارجية من الفخذ</translation>
        </message>
        <message>
            <source>back of the thigh</source>
            <translation>مؤخرة الفخذ</translation>
        </message>
        <message>
            <source>buttock</source>
            <translation>الألية</translation>
        </message>
        <message>
            <source>lower back</source>
            <translation>أسفل الظهر</translation>
        </message>
        <message>
            <source>saddle area</source>
            <translation>منطقة السرج</translation>
        </message>
        <message>
            <source>fingers</source>
            <translation>أصابع اليد</translation>
        </message>
        <message>
            <source>whole hand</source>
            <translation>اليد كلها</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1، %2: %3</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>من الأمام</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>من الخلف</translation>
        </message>
        <message>
            <source>Walking</source>
            <translation>المشي</translation>
        </message>
        <message>
            <source>Gait, %1-day mean</source>
            <translation>المشي، متوسط %1 أيام</translation>
        </message>
        <message>
            <source>Gait level</source>
            <translation>مستوى المشي</translation>
        </message>
        <message>
            <source>%1 normal, %2 slightly unsteady, %3 unsteady and careful, %4 needs support, %5 cannot walk unaided</source>
            <translation>%1 طبيعي، %2 غير ثابت قليلًا، %3 غير ثابت ويمشي بحذر، %4 بحاجة إلى سند، %5 عاجز عن المشي دون مساعدة</translation>
        </message>
        <message>
            <source>Falls</source>
            <translation>السقطات</translation>
        </message>
        <message>
            <source>Falls per week</source>
            <translation>السقطات في الأسبوع</translation>
        </message>
        <message>
            <source>%1 m walk (seconds)</source>
            <translation>مشي %1 م (بالثواني)</translation>
        </message>
        <message>
            <source>Laboratory results</source>
            <translation>نتائج التحاليل</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>المدى المرجعي</translation>
        </message>
        <message>
            <source>Outside the reference range</source>
            <translation>خارج المدى المرجعي</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Falls per month</source>
            <translation>السقطات في الشهر</translation>
        </message>
        <message>
            <source>Falls per day</source>
            <translation>السقطات في اليوم</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <source>Chart</source>
            <translation>الرسم البياني</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Sensation</source>
            <translation>الإحساس</translation>
        </message>
        <message>
            <source>All five</source>
            <translation>الخمسة كلها</translation>
        </message>
        <message>
            <source>B12 unit</source>
            <translation>وحدة ب١٢</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Drawing the chart</source>
            <translation>جارٍ رسم المخطط</translation>
        </message>
        <message>
            <source>&amp;Save image…</source>
            <translation>&amp;حفظ الصورة…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG picture</source>
            <translation>حفظ المخطط صورةً بصيغة PNG أو SVG</translation>
        </message>
        <message>
            <source>Show the &amp;numbers</source>
            <translation>إظهار الأر&amp;قام</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table under it</source>
            <translation>إظهار أرقام المخطط في جدول تحته</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>آخر ٤ أسابيع</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>آخر ٣ أشهر</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>آخر ١٢ شهرًا</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>كل الأيام</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>تواريخ تختارها</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>ال&amp;مخطط:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>ال&amp;فترة:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>&amp;Sensation:</source>
            <translation>الإ&amp;حساس:</translation>
        </message>
        <message>
            <source>B12 &amp;unit:</source>
            <translation>و&amp;حدة ب١٢:</translation>
        </message>
        <message>
            <source>The chart could not be drawn: %1</source>
            <translation>تعذر رسم المخطط: %1</translation>
        </message>
        <message>
            <source>%1: nothing logged</source>
            <translation>%1: لم يُسجَّل شيء</translation>
        </message>
        <message>
            <source>%1 — %2: left leg %3, right leg %4</source>
            <translation>%1 — %2: الساق اليسرى %3، الساق اليمنى %4</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>صورة PNG ‏(*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>رسم SVG ‏(*.svg)</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>حفظ المخطط</translation>
        </message>
        <message>
            <source>The chart could not be saved to %1: %2. Choose another folder.</source>
            <translation>تعذر حفظ المخطط في %1: %2. اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <source>Saved the chart to %1</source>
            <translation>حُفظ المخطط في %1</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Welcome to Symptom Diary</source>
            <translation>مرحبًا بك في يوميات الأعراض</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>ملف شخصي جديد</translation>
        </message>
        <message>
            <source>Whose diary is this? The name appears on the report for the doctor. You can change it later.</source>
            <translation>لمن هذه اليوميات؟ يظهر الاسم في التقرير المقدَّم للطبيب، ويمكنك تغييره لاحقًا.</translation>
        </message>
        <message>
            <source>Name of the person this new diary is about:</source>
            <translation>اسم الشخص الذي تخصه هذه اليوميات الجديدة:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Start the diary</source>
            <translation>ابدأ اليوميات</translation>
        </message>
        <message>
            <source>Add profile</source>
            <translation>إضافة ملف شخصي</translation>
        </message>
        <message>
            <source>Continue without a name</source>
            <translation>المتابعة دون اسم</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>أنا</translation>
        </message>
        <message>
            <source>The diary cannot be opened</source>
            <translation>تعذر فتح اليوميات</translation>
        </message>
        <message>
            <source>The diary file %1 cannot be opened.</source>
            <translation>تعذر فتح ملف اليوميات %1.</translation>
        </message>
        <message>
            <source>Reason: %1

The file was not changed. You can open or create another diary file, or quit and try again later (for example after closing another copy of the program).</source>
            <translation>السبب: %1

لم يتغير الملف. يمكنك فتح ملف يوميات آخر أو إنشاؤه، أو الخروج والمحاولة لاحقًا (مثلًا بعد إغلاق نسخة أخرى مفتوحة من البرنامج).</translation>
        </message>
        <message>
            <source>Open or create another file…</source>
            <translation>فتح ملف آخر أو إنشاؤه…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Open or create a diary file</source>
            <translation>فتح ملف يوميات أو إنشاؤه</translation>
        </message>
        <message>
            <source>Diary files (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>ملفات اليوميات (*.sqlite3 *.sqlite *.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;A daily diary of leg symptoms (tingling, numbness, burning, pain, weakness), walking and vitamin B12 doses, with charts and a summary for your doctor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This program describes your symptoms; it never diagnoses.&lt;/b&gt; Its pattern notes say which conditions the medical texts associate with a pattern; only a doctor can tell what causes your symptoms.&lt;/p&gt;&lt;p&gt;If you ever notice numbness between the legs or around the bottom, a new change in bladder or bowel control, or weakness that gets worse quickly, seek urgent medical care the same day.&lt;/p&gt;&lt;p&gt;Keyboard: Ctrl+S saves the entry, Ctrl+Z undoes, Ctrl+P opens the report, Ctrl+1 to Ctrl+5 open the pages.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;الإصدار %2&lt;/p&gt;&lt;p&gt;يوميات لأعراض الساقين (الوخز، الخدر، الحرقان، الألم، الضعف) وللمشي ولجرعات فيتامين ب١٢، مع مخططات وملخص لطبيبك.&lt;/p&gt;&lt;p&gt;&lt;b&gt;هذا البرنامج يصف أعراضك ولا يشخّص أبدًا.&lt;/b&gt; تذكر ملاحظاته عن النمط الحالات التي تربطها المراجع الطبية بذلك النمط؛ والطبيب وحده يستطيع معرفة سبب أعراضك.&lt;/p&gt;&lt;p&gt;إذا لاحظت في أي وقت خدرًا بين الساقين أو حول المقعدة، أو تغيرًا جديدًا في التحكم بالمثانة أو الأمعاء، أو ضعفًا يزداد بسرعة، فاطلب رعاية طبية عاجلة في اليوم نفسه.&lt;/p&gt;&lt;p&gt;لوحة المفاتيح: Ctrl+S يحفظ الإدخال، وCtrl+Z يتراجع، وCtrl+P يفتح التقرير، ومن Ctrl+1 إلى Ctrl+5 تفتح الصفحات.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Symptom Diary</source>
            <translation>عن يوميات الأعراض</translation>
        </message>
        <message>
            <source>Unsaved entry</source>
            <translation>إدخال غير محفوظ</translation>
        </message>
        <message>
            <source>The day's entry has changes that could not be saved.</source>
            <translation>في إدخال اليوم تغييرات تعذر حفظها.</translation>
        </message>
        <message>
            <source>Some fields need correcting (they are marked on the entry page). Save to try again, Discard to close without these changes, or Cancel to go back and correct them.</source>
            <translation>بعض الحقول تحتاج إلى تصحيح (وهي مُعلَّمة في صفحة الإدخال). اختر «احفظ» للمحاولة مرة أخرى، أو «ارفض» للإغلاق دون هذه التغييرات، أو «ألغِ» للعودة وتصحيحها.</translation>
        </message>
        <message>
            <source>%1

Save to try again, Discard to close without these changes, or Cancel to go back to the entry (what you typed is still there).</source>
            <translation>%1

اختر «احفظ» للمحاولة مرة أخرى، أو «ارفض» للإغلاق دون هذه التغييرات، أو «ألغِ» للعودة إلى الإدخال (ما كتبته ما زال موجودًا).</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يُحفظ</translation>
        </message>
        <message>
            <source>What you typed is still in the form.</source>
            <translation>ما كتبته ما زال في النموذج.</translation>
        </message>
    </context>
    <context>
        <name>DiaryHealth</name>
        <message>
            <source>The diary file %1 is empty, although backups of it exist.</source>
            <translation>ملف اليوميات %1 فارغ، مع أن له نسخًا احتياطية.</translation>
        </message>
        <message>
            <source>The diary file %1 is not a Symptom Diary database; another file may have replaced it.</source>
            <translation>ملف اليوميات %1 ليس قاعدة بيانات ليوميات الأعراض؛ ربما حلّ محله ملف آخر.</translation>
        </message>
        <message>
            <source>The diary file %1 is shorter than it should be: part of it is missing.</source>
            <translation>ملف اليوميات %1 أقصر مما ينبغي: جزء منه مفقود.</translation>
        </message>
        <message>
            <source>The diary file %1 is damaged (%2).</source>
            <translation>ملف اليوميات %1 تالف (%2).</translation>
        </message>
        <message>
            <source>The journal of the diary %1 is damaged: changes that were saved cannot be read back.</source>
            <translation>سجل تغييرات اليوميات %1 تالف: لا يمكن قراءة تغييرات سبق حفظها.</translation>
        </message>
        <message>
            <source>A backup was put in place of the diary %1 next to the old diary's journal; opening them together would mix two diaries.</source>
            <translation>وُضعت نسخة احتياطية مكان اليوميات %1 بجوار سجل تغييرات اليوميات القديمة؛ وفتحهما معًا سيخلط بين يوميات مختلفة.</translation>
        </message>
        <message>
            <source>The diary %1 was written by a newer version of Symptom Diary; this version cannot open it. Install the newer version. The diary is not damaged and was not changed.</source>
            <translation>كُتبت اليوميات %1 بإصدار أحدث من يوميات الأعراض، ولا يستطيع هذا الإصدار فتحها. ثبّت الإصدار الأحدث. اليوميات غير تالفة ولم تُغيَّر.</translation>
        </message>
        <message>
            <source>The file %1 is a database of another program, not a diary. It was not changed.</source>
            <translation>الملف %1 قاعدة بيانات لبرنامج آخر، وليس يوميات. لم يُغيَّر.</translation>
        </message>
        <message>
            <source>The disk holding the diary %1 is full, so it cannot be opened. The diary is not damaged and was not changed: free some space and try again.</source>
            <translation>القرص الذي يحمل اليوميات %1 ممتلئ، لذا لا يمكن فتحها. اليوميات غير تالفة ولم تُغيَّر: أفرغ بعض المساحة وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The diary %1 is on a read-only disk or in a folder without write permission. It is not damaged and was not changed; make it writable to change it.</source>
            <translation>اليوميات %1 على قرص للقراءة فقط أو في مجلد بلا إذن بالكتابة. هي غير تالفة ولم تُغيَّر؛ اجعلها قابلة للكتابة لتغييرها.</translation>
        </message>
        <message>
            <source>Another program holds the diary %1 locked. It was not changed; close that program and try again.</source>
            <translation>برنامج آخر يُقفل اليوميات %1. لم تُغيَّر؛ أغلق ذلك البرنامج وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The diary %1 cannot be read here (%2). Nothing shows that it is damaged, and it was not changed; check the disk and the file's permissions.</source>
            <translation>لا يمكن قراءة اليوميات %1 هنا (%2). لا شيء يدل على أنها تالفة، ولم تُغيَّر؛ افحص القرص وأذونات الملف.</translation>
        </message>
        <message>
            <source>The original files were kept unchanged as: %1.</source>
            <translation>احتُفظ بالملفات الأصلية دون تغيير باسم: %1.</translation>
        </message>
        <message>
            <source>No sound backup of this diary was found; a new, empty diary can be started.</source>
            <translation>لم يُعثر على نسخة احتياطية سليمة لهذه اليوميات؛ يمكن بدء يوميات جديدة فارغة.</translation>
        </message>
        <message>
            <source>The newest sound backup was made on %1. Restoring it loses what was entered between %1 and %2, when the damaged file was last changed.</source>
            <translation>أحدث نسخة احتياطية سليمة أُنشئت في %1. استعادتها تُفقد ما أُدخل بين %1 و%2، وهو آخر وقت تغيّر فيه الملف التالف.</translation>
        </message>
    </context>
    <context>
        <name>DiaryLocation</name>
        <message>
            <source>The diary is in a cloud-synced folder (%1). A sync program can copy the file while it is being written and damage it. Keep the diary in a local folder; copying backups to the cloud is safe.</source>
            <translation>اليوميات موجودة في مجلد متزامن مع السحابة (%1). قد ينسخ برنامج المزامنة الملف أثناء الكتابة فيه فيتلفه. احتفظ باليوميات في مجلد محلي؛ أما نسخ النسخ الاحتياطية إلى السحابة فآمن.</translation>
        </message>
        <message>
            <source>The diary is on a network file system (%1). SQLite cannot lock files reliably there, which can damage the diary. Keep it on a local disk.</source>
            <translation>اليوميات موجودة على نظام ملفات شبكي (%1). لا يستطيع SQLite قفل الملفات هناك بصورة موثوقة، مما قد يتلف اليوميات. احتفظ بها على قرص محلي.</translation>
        </message>
    </context>
    <context>
        <name>DoseDialog</name>
        <message>
            <source>Edit dose</source>
            <translation>تعديل الجرعة</translation>
        </message>
        <message>
            <source>Log a dose</source>
            <translation>تسجيل جرعة</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>ال&amp;تاريخ والوقت:</translation>
        </message>
        <message>
            <source>Injection &amp;site:</source>
            <translation>مو&amp;ضع الحقن:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>الملا&amp;حظات:</translation>
        </message>
        <message>
            <source>No injection site recorded yet.</source>
            <translation>لم يُسجَّل موضع حقن بعد.</translation>
        </message>
        <message>
            <source>Last site used: %1</source>
            <translation>آخر موضع استُخدم: %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <source>Folic acid</source>
            <translation>حمض الفوليك</translation>
        </message>
        <message>
            <source>Pain medicine</source>
            <translation>دواء مسكن للألم</translation>
        </message>
        <message>
            <source>Vitamin D</source>
            <translation>فيتامين د</translation>
        </message>
        <message>
            <source>Iron</source>
            <translation>الحديد</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>الدواء</translation>
        </message>
    </context>
    <context>
        <name>DosePanel</name>
        <message>
            <source>&amp;Log a dose…</source>
            <translation>&amp;تسجيل جرعة…</translation>
        </message>
        <message>
            <source>&amp;Edit dose…</source>
            <translation>ت&amp;عديل الجرعة…</translation>
        </message>
        <message>
            <source>De&amp;lete dose</source>
            <translation>&amp;حذف الجرعة</translation>
        </message>
        <message>
            <source>Log dose</source>
            <translation>تسجيل الجرعة</translation>
        </message>
        <message>
            <source>Dose saved.</source>
            <translation>حُفظت الجرعة.</translation>
        </message>
        <message>
            <source>Edit dose</source>
            <translation>تعديل الجرعة</translation>
        </message>
        <message>
            <source>Dose changed.</source>
            <translation>عُدّلت الجرعة.</translation>
        </message>
        <message>
            <source>Delete dose</source>
            <translation>حذف الجرعة</translation>
        </message>
        <message>
            <source>Dose deleted. Undo brings it back (Ctrl+Z).</source>
            <translation>حُذفت الجرعة. يعيدها التراجع (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>DoseTableModel</name>
        <message>
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>الدواء</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>الشكل</translation>
        </message>
        <message>
            <source>Compound</source>
            <translation>المركّب</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>Injection site</source>
            <translation>موضع الحقن</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
    </context>
    <context>
        <name>EmptyTables</name>
        <message>
            <source>No doses in this period yet. Log one with “%1”.</source>
            <translation>لا جرعات في هذه الفترة بعد. سجّل جرعة بزر «%1».</translation>
        </message>
        <message>
            <source>No lab results in this period yet. Add one with “%1”.</source>
            <translation>لا نتائج تحاليل في هذه الفترة بعد. أضف نتيجة بزر «%1».</translation>
        </message>
        <message>
            <source>No treatment plans yet. Add one with “%1”.</source>
            <translation>لا خطط علاجية بعد. أضف خطة بزر «%1».</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Where do you feel it? Mark every place</source>
            <translation>أين تشعر بها؟ ضع علامة على كل موضع</translation>
        </message>
        <message>
            <source>On the left, the front of your legs as you look down at them; on the right, the back, seen from behind. Your left leg is on the left in both. Click a place, or use the arrow keys and Space.</source>
            <translation>على اليسار مقدمة ساقيك كما تنظر إليهما من الأعلى، وعلى اليمين مؤخرتهما كما تُرى من الخلف. ساقك اليسرى على اليسار في كليهما. انقر على مكان، أو استعمل مفاتيح الأسهم والمسافة.</translation>
        </message>
        <message>
            <source>Other symptoms today</source>
            <translation>أعراض أخرى اليوم</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Notes, in any language</source>
            <translation>ملاحظات، بأي لغة</translation>
        </message>
        <message>
            <source>Anything else about today, in any language</source>
            <translation>أي شيء آخر عن اليوم، بأي لغة</translation>
        </message>
        <message>
            <source>Ask my doctor about this</source>
            <translation>أريد سؤال طبيبي عن هذا</translation>
        </message>
    </context>
    <context>
        <name>EntryLabels</name>
        <message>
            <source>Pins and needles (tingling), left leg</source>
            <translation>الوخز، الساق اليسرى</translation>
        </message>
        <message>
            <source>Pins and needles (tingling), right leg</source>
            <translation>الوخز، الساق اليمنى</translation>
        </message>
        <message>
            <source>Numbness, left leg</source>
            <translation>الخدر، الساق اليسرى</translation>
        </message>
        <message>
            <source>Numbness, right leg</source>
            <translation>الخدر، الساق اليمنى</translation>
        </message>
        <message>
            <source>Burning, left leg</source>
            <translation>الحرقان، الساق اليسرى</translation>
        </message>
        <message>
            <source>Burning, right leg</source>
            <translation>الحرقان، الساق اليمنى</translation>
        </message>
        <message>
            <source>Pain, left leg</source>
            <translation>الألم، الساق اليسرى</translation>
        </message>
        <message>
            <source>Pain, right leg</source>
            <translation>الألم، الساق اليمنى</translation>
        </message>
        <message>
            <source>Weakness, left leg</source>
            <translation>الضعف، الساق اليسرى</translation>
        </message>
        <message>
            <source>Weakness, right leg</source>
            <translation>الضعف، الساق اليمنى</translation>
        </message>
        <message>
            <source>Tiredness (fatigue)</source>
            <translation>التعب (الإرهاق)</translation>
        </message>
        <message>
            <source>Poor memory or concentration</source>
            <translation>ضعف الذاكرة أو التركيز</translation>
        </message>
        <message>
            <source>Low mood or mood changes</source>
            <translation>انخفاض المزاج أو تقلبه</translation>
        </message>
        <message>
            <source>Sore or red tongue</source>
            <translation>التهاب اللسان أو احمراره</translation>
        </message>
        <message>
            <source>Problems with eyesight</source>
            <translation>مشكلات في الإبصار</translation>
        </message>
        <message>
            <source>Restless legs</source>
            <translation>تململ الساقين</translation>
        </message>
        <message>
            <source>Movements I cannot control (twitching, jerking)</source>
            <translation>حركات لا أستطيع التحكم فيها (ارتعاش، انتفاض)</translation>
        </message>
        <message>
            <source>Poor balance</source>
            <translation>ضعف التوازن</translation>
        </message>
        <message>
            <source>Numbness or tingling around the back passage or genitals (the saddle area)</source>
            <translation>خدر أو وخز حول فتحة الشرج أو الأعضاء التناسلية (منطقة السرج)</translation>
        </message>
        <message>
            <source>New trouble passing urine, or losing control of the bladder or bowels</source>
            <translation>صعوبة جديدة في التبول، أو فقدان التحكم في المثانة أو الأمعاء</translation>
        </message>
        <message>
            <source>Weakness in one or both legs that is severe or getting worse quickly</source>
            <translation>ضعف في ساق واحدة أو في الساقين، شديد أو يزداد سوءًا بسرعة</translation>
        </message>
        <message>
            <source>Suddenly unable to lift the front of a foot (the foot drops or drags)</source>
            <translation>عجز مفاجئ عن رفع مقدمة القدم (القدم تسقط أو تُجر)</translation>
        </message>
        <message>
            <source>Changed feeling in the genitals, or a change in sexual function</source>
            <translation>تغيّر الإحساس في الأعضاء التناسلية، أو تغيّر في الوظيفة الجنسية</translation>
        </message>
        <message>
            <source>0 – I walk normally</source>
            <translation>٠ – أمشي بشكل طبيعي</translation>
        </message>
        <message>
            <source>1 – Slightly unsteady</source>
            <translation>١ – غير ثابت قليلًا</translation>
        </message>
        <message>
            <source>2 – Unsteady, I walk carefully</source>
            <translation>٢ – غير ثابت، أمشي بحذر</translation>
        </message>
        <message>
            <source>3 – I need a stick, a frame or a hand</source>
            <translation>٣ – أحتاج إلى عصا أو مشاية أو يد تسندني</translation>
        </message>
        <message>
            <source>4 – I cannot walk without help</source>
            <translation>٤ – لا أستطيع المشي دون مساعدة</translation>
        </message>
        <message>
            <source>This day is in the future. Choose today or an earlier day.</source>
            <translation>هذا اليوم في المستقبل. اختر اليوم أو يومًا سابقًا.</translation>
        </message>
        <message>
            <source>This is too long. Please shorten it.</source>
            <translation>هذا النص طويل جدًا. يُرجى اختصاره.</translation>
        </message>
        <message>
            <source>Enter the time of the 10-metre walk in seconds, at least 1, or leave it at “not timed”.</source>
            <translation>أدخل زمن المشي لمسافة ١٠ أمتار بالثواني، ثانية واحدة على الأقل، أو اتركه «بدون توقيت».</translation>
        </message>
        <message>
            <source>Choose a number from %1 to %2.</source>
            <translation>اختر رقمًا من %1 إلى %2.</translation>
        </message>
        <message>
            <source>This text contains a character the diary cannot store. Please retype it.</source>
            <translation>يحتوي هذا النص على حرف لا تستطيع اليوميات حفظه. يُرجى إعادة كتابته.</translation>
        </message>
        <message>
            <source>This value cannot be saved. Please check it.</source>
            <translation>لا يمكن حفظ هذه القيمة. يُرجى التحقق منها.</translation>
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <source>&amp;Day</source>
            <translation>ال&amp;يوم</translation>
        </message>
        <message>
            <source>Day of this entry</source>
            <translation>يوم هذا الإدخال</translation>
        </message>
        <message>
            <source>Today or any earlier day. Up and down arrows change the day.</source>
            <translation>اليوم أو أي يوم سابق. يغيّر السهمان لأعلى ولأسفل اليوم.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Go back to today's entry</source>
            <translation>العودة إلى إدخال اليوم</translation>
        </message>
        <message>
            <source>Same as &amp;yesterday</source>
            <translation>مثل أ&amp;مس</translation>
        </message>
        <message>
            <source>Save this day</source>
            <translation>حفظ هذا اليوم</translation>
        </message>
        <message>
            <source>Save this day's entry (Ctrl+S)</source>
            <translation>حفظ إدخال هذا اليوم (Ctrl+S)</translation>
        </message>
        <message>
            <source>This day has a problem to correct first (marked below); nothing was lost.</source>
            <translation>في هذا اليوم مشكلة يجب تصحيحها أولًا (مُعلَّمة أدناه)؛ لم يُفقد شيء.</translation>
        </message>
        <message>
            <source>Saved your entry for %1.</source>
            <translation>حُفظ إدخالك ليوم %1.</translation>
        </message>
        <message>
            <source>There is no earlier entry to copy.</source>
            <translation>لا يوجد إدخال سابق لنسخه.</translation>
        </message>
        <message>
            <source>Same as yesterday</source>
            <translation>مثل أمس</translation>
        </message>
        <message>
            <source>Copied the values of %1. Check them, then save.</source>
            <translation>نُسخت قيم %1. راجعها ثم احفظ.</translation>
        </message>
        <message>
            <source>%1 is in the future. The diary records today and earlier days only.</source>
            <translation>%1 في المستقبل. تسجل اليوميات اليوم والأيام السابقة فقط.</translation>
        </message>
        <message>
            <source>Changes not saved yet.</source>
            <translation>التغييرات لم تُحفظ بعد.</translation>
        </message>
        <message>
            <source>Saved. You are editing the entry of this day.</source>
            <translation>حُفظ. أنت تعدّل إدخال هذا اليوم.</translation>
        </message>
        <message>
            <source>Nothing saved for this day yet.</source>
            <translation>لم يُحفظ شيء لهذا اليوم بعد.</translation>
        </message>
        <message>
            <source>Fill the form with the values of your last entry (%1): feelings, places, back, walking and other symptoms. Falls, the timed walk, warning signs and notes are not copied.</source>
            <translation>املأ النموذج بقيم آخر إدخال لك (%1): الأحاسيس والمواضع والظهر والمشي والأعراض الأخرى. لا تُنسخ السقطات ولا المشي المؤقَّت ولا علامات الخطر ولا الملاحظات.</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>لم يُحفظ: يُرجى تصحيح الحقول المُعلَّمة.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your saved entries are safe; the last change may not have been saved. The details were written to the log file:
%1</source>
            <translation>حدث خطأ غير متوقع. إدخالاتك المحفوظة آمنة؛ وربما لم يُحفظ آخر تغيير. كُتبت التفاصيل في ملف السجل:
%1</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keys and how-tos</source>
            <translation>المفاتيح وطريقة الاستخدام</translation>
        </message>
        <message>
            <source>0 to 9</source>
            <translation>٠ إلى ٩</translation>
        </message>
        <message>
            <source>Set the score of the chosen leg; 1 then 0 quickly gives 10.</source>
            <translation>تضبط درجة الساق المختارة؛ ١ ثم ٠ بسرعة تعطي ١٠.</translation>
        </message>
        <message>
            <source>Alt+digit</source>
            <translation>Alt+رقم</translation>
        </message>
        <message>
            <source>Set the same score for both legs.</source>
            <translation>تضبط الدرجة نفسها للساقين.</translation>
        </message>
        <message>
            <source>Left and Right arrows</source>
            <translation>السهمان الأيسر والأيمن</translation>
        </message>
        <message>
            <source>Move to the score drawn beside, as on the screen.</source>
            <translation>تنتقل إلى الدرجة المرسومة بجانبها كما تظهر على الشاشة.</translation>
        </message>
        <message>
            <source>Up and Down arrows</source>
            <translation>السهمان الأعلى والأسفل</translation>
        </message>
        <message>
            <source>Move to the feeling above or below (never a score).</source>
            <translation>تنتقل إلى الإحساس الذي فوقها أو تحتها (ولا تغيّر أي درجة).</translation>
        </message>
        <message>
            <source>Home or Delete</source>
            <translation>Home أو Delete</translation>
        </message>
        <message>
            <source>Clear the score.</source>
            <translation>تمسح الدرجة.</translation>
        </message>
        <message>
            <source>Leave the score grid for the next part of the page.</source>
            <translation>تغادر جدول الدرجات إلى الجزء التالي من الصفحة.</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>مفتاح المسافة</translation>
        </message>
        <message>
            <source>On the body map: mark or unmark a place (arrows move).</source>
            <translation>في خريطة الجسم: تحدد مكانًا أو تلغي تحديده (والأسهم تنقلك بين الأماكن).</translation>
        </message>
        <message>
            <source>Save the day's entry.</source>
            <translation>تحفظ إدخال اليوم.</translation>
        </message>
        <message>
            <source>Undo the last change.</source>
            <translation>تتراجع عن آخر تغيير.</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5</source>
            <translation>Ctrl+1 إلى Ctrl+5</translation>
        </message>
        <message>
            <source>Open the pages; Ctrl+P opens the report.</source>
            <translation>تفتح الصفحات؛ وCtrl+P تفتح التقرير.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Change the language or the text size: File, Settings (Ctrl+,).</source>
            <translation>تغيير اللغة أو حجم النص: ملف، الإعدادات (Ctrl+,).</translation>
        </message>
        <message>
            <source>Add another person: File, New profile.</source>
            <translation>إضافة شخص آخر: ملف، ملف شخصي جديد.</translation>
        </message>
        <message>
            <source>Log a B12 dose: on the Day entry page, or on the Treatment page with “Log a dose…”.</source>
            <translation>تسجيل جرعة ب١٢: في صفحة إدخال اليوم، أو في صفحة العلاج بزر «تسجيل جرعة…».</translation>
        </message>
        <message>
            <source>Make the report for the doctor: the Report page (Ctrl+P), then save or print the PDF.</source>
            <translation>إعداد التقرير للطبيب: صفحة التقرير (Ctrl+P)، ثم احفظ ملف PDF أو اطبعه.</translation>
        </message>
        <message>
            <source>How do I…</source>
            <translation>كيف أفعل…</translation>
        </message>
        <message>
            <source>Your diary is the file %1. Backups are made every day in %2.</source>
            <translation>يومياتك هي الملف %1. تُحفظ نسخ احتياطية كل يوم في %2.</translation>
        </message>
        <message>
            <source>Where your diary is kept</source>
            <translation>أين تُحفظ يومياتك</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>الساق اليسرى</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>الساق اليمنى</translation>
        </message>
        <message>
            <source>Which legs</source>
            <translation>أي الساقين</translation>
        </message>
        <message>
            <source>Walking</source>
            <translation>المشي</translation>
        </message>
        <message>
            <source>Doses</source>
            <translation>الجرعات</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>tingling</source>
            <translation>الوخز</translation>
        </message>
        <message>
            <source>numbness</source>
            <translation>الخدر</translation>
        </message>
        <message>
            <source>burning</source>
            <translation>الحرقان</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>الألم</translation>
        </message>
        <message>
            <source>weakness</source>
            <translation>الضعف</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>طبيعي</translation>
        </message>
        <message>
            <source>slightly unsteady</source>
            <translation>غير ثابت قليلًا</translation>
        </message>
        <message>
            <source>unsteady, careful</source>
            <translation>غير ثابت، بحذر</translation>
        </message>
        <message>
            <source>needs support</source>
            <translation>بحاجة إلى سند</translation>
        </message>
        <message>
            <source>cannot walk unaided</source>
            <translation>عاجز عن المشي دون مساعدة</translation>
        </message>
        <message>
            <source>both legs alike</source>
            <translation>الساقان بالقدر نفسه</translation>
        </message>
        <message>
            <source>both legs, one worse</source>
            <translation>الساقان، وإحداهما أشد</translation>
        </message>
        <message>
            <source>left leg only</source>
            <translation>الساق اليسرى فقط</translation>
        </message>
        <message>
            <source>right leg only</source>
            <translation>الساق اليمنى فقط</translation>
        </message>
        <message>
            <source>no symptoms</source>
            <translation>لا أعراض</translation>
        </message>
        <message>
            <source>%1 (red flag)</source>
            <translation>%1 (علامة خطر)</translation>
        </message>
        <message>
            <source>A warning sign was ticked on this day: it needs urgent medical attention.</source>
            <translation>أُشير إلى علامة خطر في هذا اليوم: تحتاج إلى عناية طبية عاجلة.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>Open the selected day for editing (Enter)</source>
            <translation>فتح اليوم المحدد لتعديله (Enter)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <source>Delete the selected day's entry (Delete); Ctrl+Z brings it back</source>
            <translation>حذف إدخال اليوم المحدد (Delete)؛ يعيده Ctrl+Z</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>كل الأيام</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>آخر ٧ أيام</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>آخر ٣٠ يومًا</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>آخر ٩٠ يومًا</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>آخر ١٢ شهرًا</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>تواريخ تختارها</translation>
        </message>
        <message>
            <source>Logged days</source>
            <translation>الأيام المسجلة</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>ال&amp;فترة:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Delete the entry for %1? You can undo this with Ctrl+Z.</source>
            <translation>هل تريد حذف إدخال يوم %1؟ يمكنك التراجع عن ذلك بـ Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>حذف الإدخال</translation>
        </message>
        <message>
            <source>delete the entry for %1</source>
            <translation>حذف إدخال يوم %1</translation>
        </message>
        <message>
            <source>Deleted the entry for %1.</source>
            <translation>حُذف إدخال يوم %1.</translation>
        </message>
        <message>
            <source>Days shown: %1 (scroll down for more)</source>
            <translation>الأيام المعروضة: %1 (مرّر لأسفل لرؤية المزيد)</translation>
        </message>
        <message>
            <source>Days logged: %1</source>
            <translation>الأيام المسجلة: %1</translation>
        </message>
    </context>
    <context>
        <name>LabDialog</name>
        <message>
            <source>Edit lab result</source>
            <translation>تعديل نتيجة تحليل</translation>
        </message>
        <message>
            <source>New lab result</source>
            <translation>نتيجة تحليل جديدة</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>التحليل</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>The range filled in is a typical one. Use the range printed on your lab report: the laboratory's own range is the one that counts.</source>
            <translation>المدى المعبّأ مدى نموذجي. استخدم المدى المطبوع في تقرير المختبر: فالمدى الخاص بالمختبر هو المعتمد.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>&amp;Test:</source>
            <translation>ال&amp;تحليل:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>ال&amp;قيمة:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>الو&amp;حدة:</translation>
        </message>
        <message>
            <source>Reference range, &amp;lowest:</source>
            <translation>المدى المرجعي، الحد الأ&amp;دنى:</translation>
        </message>
        <message>
            <source>Reference range, &amp;highest:</source>
            <translation>المدى المرجعي، الحد الأ&amp;على:</translation>
        </message>
        <message>
            <source>= %1 %2</source>
            <translation>= %1 %2</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Lowest value of the range</source>
            <translation>أدنى قيمة في المدى</translation>
        </message>
    </context>
    <context>
        <name>LabPanel</name>
        <message>
            <source>&amp;New lab result…</source>
            <translation>&amp;نتيجة تحليل جديدة…</translation>
        </message>
        <message>
            <source>&amp;Edit lab result…</source>
            <translation>ت&amp;عديل نتيجة التحليل…</translation>
        </message>
        <message>
            <source>De&amp;lete lab result</source>
            <translation>&amp;حذف نتيجة التحليل</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>ع&amp;رض:</translation>
        </message>
        <message>
            <source>Vitamin B12 &amp;in:</source>
            <translation>فيتامين ب١٢ &amp;بوحدة:</translation>
        </message>
        <message>
            <source>All tests</source>
            <translation>كل التحاليل</translation>
        </message>
        <message>
            <source>New lab result</source>
            <translation>نتيجة تحليل جديدة</translation>
        </message>
        <message>
            <source>Edit lab result</source>
            <translation>تعديل نتيجة تحليل</translation>
        </message>
        <message>
            <source>Delete lab result</source>
            <translation>حذف نتيجة تحليل</translation>
        </message>
        <message>
            <source>Lab result deleted. Undo brings it back (Ctrl+Z).</source>
            <translation>حُذفت نتيجة التحليل. يعيدها التراجع (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>LabTableModel</name>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>%1 على الأقل</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>%1 على الأكثر</translation>
        </message>
        <message>
            <source>low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <source>high</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>التحليل</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>المدى المرجعي</translation>
        </message>
        <message>
            <source>Outside range</source>
            <translation>خارج المدى</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Symptom Diary</source>
            <translation>يوميات الأعراض</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>ملف شخصي &amp;جديد…</translation>
        </message>
        <message>
            <source>Start a diary for another person in the same file</source>
            <translation>بدء يوميات لشخص آخر في الملف نفسه</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>النسخ ال&amp;احتياطية…</translation>
        </message>
        <message>
            <source>See the diary's backups, restore one, or back up now to a USB stick</source>
            <translation>عرض النسخ الاحتياطية لليوميات، أو استعادة إحداها، أو إنشاء نسخة احتياطية الآن على ذاكرة USB</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>Language, digits, text size and contrast</source>
            <translation>اللغة والأرقام وحجم النص والتباين</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Save the entry and close the program</source>
            <translation>حفظ الإدخال وإغلاق البرنامج</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Save entry</source>
            <translation>&amp;حفظ الإدخال</translation>
        </message>
        <message>
            <source>Save the day's entry now</source>
            <translation>حفظ إدخال اليوم الآن</translation>
        </message>
        <message>
            <source>Same as the &amp;previous day</source>
            <translation>مثل اليوم ال&amp;سابق</translation>
        </message>
        <message>
            <source>Start from the values of the last entry before this day</source>
            <translation>البدء من قيم آخر إدخال قبل هذا اليوم</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>Open the report for the doctor (Ctrl+P)</source>
            <translation>فتح التقرير المقدَّم للطبيب (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Keys and how-tos</source>
            <translation>&amp;المفاتيح وطريقة الاستخدام</translation>
        </message>
        <message>
            <source>Score keys, moving around, where the diary is kept</source>
            <translation>مفاتيح الدرجات، والتنقل، ومكان حفظ اليوميات</translation>
        </message>
        <message>
            <source>&amp;About Symptom Diary</source>
            <translation>&amp;عن يوميات الأعراض</translation>
        </message>
        <message>
            <source>What the program does, and what it does not do</source>
            <translation>ما يفعله البرنامج وما لا يفعله</translation>
        </message>
        <message>
            <source>This page could not be opened because of an error in the program. The details were written to the log file: %1</source>
            <translation>تعذر فتح هذه الصفحة بسبب خطأ في البرنامج. كُتبت التفاصيل في ملف السجل: %1</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <source>The entry was not saved: please correct the marked fields.</source>
            <translation>لم يُحفظ الإدخال: يُرجى تصحيح الحقول المُعلَّمة.</translation>
        </message>
        <message>
            <source>A profile named %1 exists already, or the name is too long.</source>
            <translation>يوجد ملف شخصي باسم %1 مسبقًا، أو أن الاسم طويل جدًا.</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>ملف شخصي جديد</translation>
        </message>
        <message>
            <source>Added the profile %1.</source>
            <translation>أُضيف الملف الشخصي %1.</translation>
        </message>
        <message>
            <source>%1 — Symptom Diary</source>
            <translation>%1 — يوميات الأعراض</translation>
        </message>
        <message>
            <source>Restart now?</source>
            <translation>إعادة التشغيل الآن؟</translation>
        </message>
        <message>
            <source>The new language and digits are used after a restart. Restart the program now? Your entry is saved first.</source>
            <translation>تُستخدم اللغة والأرقام الجديدة بعد إعادة التشغيل. هل تريد إعادة تشغيل البرنامج الآن؟ سيُحفظ إدخالك أولًا.</translation>
        </message>
        <message>
            <source>Day entry</source>
            <translation>إدخال اليوم</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>المخططات</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>العلاج</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>التقرير</translation>
        </message>
    </context>
    <context>
        <name>MedicineFields</name>
        <message>
            <source>&amp;Medicine:</source>
            <translation>ال&amp;دواء:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>ال&amp;شكل:</translation>
        </message>
        <message>
            <source>&amp;Compound:</source>
            <translation>المر&amp;كّب:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>الك&amp;مية:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>الو&amp;حدة:</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>الدواء</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>الكمية</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Pins and needles (tingling)</source>
            <translation>الوخز (كوخز الإبر والدبابيس)</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>الخدر</translation>
        </message>
        <message>
            <source>Burning</source>
            <translation>الحرقان</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>الألم</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>الضعف</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>الساق اليسرى</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>الساق اليمنى</translation>
        </message>
    </context>
    <context>
        <name>Pattern</name>
        <message numerus="yes">
            <source>Red flags were recorded on %n of %1 logged days: %2. These signs need urgent medical attention: if this is happening now, contact a doctor or an emergency service today, whatever the pattern below.</source>
            <translation>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
                <numerusform>سُجلت علامات خطر في %n من أصل %1 من الأيام المسجلة: %2. تحتاج هذه العلامات إلى عناية طبية عاجلة: إذا كان هذا يحدث الآن، فاتصل بطبيب أو بخدمة الطوارئ اليوم، أيًّا كان النمط الموضح أدناه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vitamin B12 treatment started on %1, %n weeks before the last logged day of this period. The comparison uses %2 logged days from %3 to %4 before it and %5 logged days from %6 to %7.</source>
            <translation>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل %n أسبوع من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل أسبوع واحد من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل أسبوعين من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل %n أسابيع من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل %n أسبوعًا من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1، قبل %n أسبوع من آخر يوم مسجل في هذه الفترة. تعتمد المقارنة على %2 من الأيام المسجلة من %3 إلى %4 قبله و%5 من الأيام المسجلة من %6 إلى %7.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average %1 changed from %2 to %3 in the left leg and from %4 to %5 in the right leg (%6 days before, %n days after).</source>
            <translation>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، و%n يوم بعد).</numerusform>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، ويوم واحد بعد).</numerusform>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، ويومان بعد).</numerusform>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، و%n أيام بعد).</numerusform>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، و%n يومًا بعد).</numerusform>
                <numerusform>تغيّر متوسط %1 من %2 إلى %3 في الساق اليسرى ومن %4 إلى %5 في الساق اليمنى (%6 من الأيام قبل، و%n يوم بعد).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 وواحد آخر</numerusform>
                <numerusform>%1 واثنان آخران</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vitamin B12 treatment started on %1. This period has %2 logged days before it and %n from it on; at least %3 on each side are needed to compare.</source>
            <translation>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله و%n يوم منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله ويوم واحد منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله ويومان منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله و%n أيام منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله و%n يومًا منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
                <numerusform>بدأ العلاج بفيتامين ب١٢ في %1. في هذه الفترة %2 من الأيام المسجلة قبله و%n يوم منذ بدئه؛ ويلزم %3 على الأقل في كل جانب للمقارنة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Worse since vitamin B12 treatment started on %1: %2. Getting worse on treatment is worth telling the clinician soon, without waiting for a routine review.</source>
            <translation>ازدادت الحال سوءًا منذ بدء العلاج بفيتامين ب١٢ في %1: %2. تدهور الحال أثناء العلاج أمر يستحق إبلاغ الطبيب به قريبًا، دون انتظار المراجعة المعتادة.</translation>
        </message>
        <message>
            <source>walking from %1 to %2 on the 0 to 4 scale</source>
            <translation>المشي من %1 إلى %2 على مقياس من ٠ إلى ٤</translation>
        </message>
        <message>
            <source>falls from %1 in %2 logged days to %3 in %4</source>
            <translation>السقطات من %1 في %2 من الأيام المسجلة إلى %3 في %4</translation>
        </message>
        <message>
            <source>the timed 10-metre walk from %1 to %2 seconds</source>
            <translation>زمن المشي لعشرة أمتار من %1 إلى %2 ثانية</translation>
        </message>
        <message>
            <source>%1 in the left leg from %2 to %3</source>
            <translation>%1 في الساق اليسرى من %2 إلى %3</translation>
        </message>
        <message>
            <source>%1 in the right leg from %2 to %3</source>
            <translation>%1 في الساق اليمنى من %2 إلى %3</translation>
        </message>
        <message numerus="yes">
            <source>%n weeks after vitamin B12 treatment started, the diary shows no clear improvement. The guidance this program follows (NICE NG239) suggests reviewing nerve symptoms at about three months of treatment.</source>
            <translation>
                <numerusform>بعد %n أسبوع من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
                <numerusform>بعد أسبوع واحد من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
                <numerusform>بعد أسبوعين من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
                <numerusform>بعد %n أسابيع من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
                <numerusform>بعد %n أسبوعًا من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
                <numerusform>بعد %n أسبوع من بدء العلاج بفيتامين ب١٢، لا تُظهر اليوميات تحسنًا واضحًا. يقترح الدليل الذي يتبعه هذا البرنامج (NICE NG239) مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر من العلاج.</numerusform>
            </translation>
        </message>
        <message>
            <source>The diary shows improvement since treatment started; a change in the diary does not show that the treatment caused it.</source>
            <translation>تُظهر اليوميات تحسنًا منذ بدء العلاج؛ والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</translation>
        </message>
        <message numerus="yes">
            <source>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after; the timed 10-metre walk: %5 seconds before and %6 after (%7 days before, %n days after).</source>
            <translation>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، و%n يوم بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، ويوم واحد بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، ويومين بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، و%n أيام بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، و%n يومًا بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد؛ زمن المشي لعشرة أمتار: %5 ثانية قبل و%6 بعد (%7 من الأيام قبل، و%n يوم بعد).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking averaged %1 before and %2 after on the 0 to 4 scale; falls: %3 before and %4 after (%5 days before, %n days after).</source>
            <translation>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، و%n يوم بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، ويوم واحد بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، ويومان بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، و%n أيام بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، و%n يومًا بعد).</numerusform>
                <numerusform>بلغ متوسط المشي %1 قبل و%2 بعد على مقياس من ٠ إلى ٤؛ السقطات: %3 قبل و%4 بعد (%5 من الأيام قبل، و%n يوم بعد).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No clear change yet, %n weeks after treatment started. Improvement after starting B12 can take weeks to months (NICE NG239 suggests reviewing nerve symptoms after about three months), and a change in the diary does not show that the treatment caused it.</source>
            <translation>
                <numerusform>لا تغيّر واضح بعد، بعد %n أسبوع من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
                <numerusform>لا تغيّر واضح بعد، بعد أسبوع واحد من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
                <numerusform>لا تغيّر واضح بعد، بعد أسبوعين من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
                <numerusform>لا تغيّر واضح بعد، بعد %n أسابيع من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
                <numerusform>لا تغيّر واضح بعد، بعد %n أسبوعًا من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
                <numerusform>لا تغيّر واضح بعد، بعد %n أسبوع من بدء العلاج. قد يستغرق التحسن بعد بدء ب١٢ أسابيع إلى أشهر (يقترح NICE NG239 مراجعة أعراض الأعصاب بعد نحو ثلاثة أشهر)، والتغيّر في اليوميات لا يثبت أن العلاج هو سببه.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folic acid is logged from %1 and no vitamin B12 is logged. NICE NG239 advises starting B12 before folic acid when both may be low; this is a note for the clinician.</source>
            <translation>حمض الفوليك مسجل منذ %1 ولا يوجد فيتامين ب١٢ مسجل. ينصح NICE NG239 بالبدء بفيتامين ب١٢ قبل حمض الفوليك عندما يُحتمل نقص الاثنين؛ هذه ملاحظة للطبيب.</translation>
        </message>
        <message>
            <source>Folic acid is logged from %1, before the first vitamin B12 on %2. NICE NG239 advises starting B12 before folic acid when both may be low; this is a note for the clinician.</source>
            <translation>حمض الفوليك مسجل منذ %1، قبل أول فيتامين ب١٢ في %2. ينصح NICE NG239 بالبدء بفيتامين ب١٢ قبل حمض الفوليك عندما يُحتمل نقص الاثنين؛ هذه ملاحظة للطبيب.</translation>
        </message>
        <message>
            <source>%1, %2 %3 by %4, daily</source>
            <translation>%1، %2 %3 عن طريق %4، يوميًا</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 %3 by %4, every %n days</source>
            <translation>
                <numerusform>%1، %2 %3 عن طريق %4، كل %n يوم</numerusform>
                <numerusform>%1، %2 %3 عن طريق %4، كل يوم</numerusform>
                <numerusform>%1، %2 %3 عن طريق %4، كل يومين</numerusform>
                <numerusform>%1، %2 %3 عن طريق %4، كل %n أيام</numerusform>
                <numerusform>%1، %2 %3 عن طريق %4، كل %n يومًا</numerusform>
                <numerusform>%1، %2 %3 عن طريق %4، كل %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6. Not found: %7.</source>
            <translation>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعة مخططة (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل جرعة مخططة واحدة (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل جرعتين مخططتين (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعات مخططة (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعةً مخططةً (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعة مخططة (%3٪) من %4 إلى %5، مع احتساب %6. لم يُعثر على: %7.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan %1: %2 of %n planned doses taken (%3%) from %4 to %5, counting %6.</source>
            <translation>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعة مخططة (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل جرعة مخططة واحدة (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل جرعتين مخططتين (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعات مخططة (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعةً مخططةً (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
                <numerusform>الخطة %1: أُخذت %2 من أصل %n جرعة مخططة (%3٪) من %4 إلى %5، مع احتساب %6.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a dose taken up to %n days before or after its planned date</source>
            <translation>
                <numerusform>جرعة أُخذت في يومها المخطط تمامًا</numerusform>
                <numerusform>جرعة أُخذت قبل موعدها المخطط أو بعده بيوم واحد على الأكثر</numerusform>
                <numerusform>جرعة أُخذت قبل موعدها المخطط أو بعده بيومين على الأكثر</numerusform>
                <numerusform>جرعة أُخذت قبل موعدها المخطط أو بعده بما لا يزيد على %n أيام</numerusform>
                <numerusform>جرعة أُخذت قبل موعدها المخطط أو بعده بما لا يزيد على %n يومًا</numerusform>
                <numerusform>جرعة أُخذت قبل موعدها المخطط أو بعده بما لا يزيد على %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>a dose only on its planned day</source>
            <translation>جرعة في يومها المخطط فقط</translation>
        </message>
        <message numerus="yes">
            <source>a gradual rise over the first weeks (%n logged days)</source>
            <translation>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (%n يوم مسجل)</numerusform>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (يوم واحد مسجل)</numerusform>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (يومان مسجلان)</numerusform>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (%n أيام مسجلة)</numerusform>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (%n يومًا مسجلًا)</numerusform>
                <numerusform>ارتفاع تدريجي خلال الأسابيع الأولى (%n يوم مسجل)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a sudden rise in the first weeks (%n logged days)</source>
            <translation>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (%n يوم مسجل)</numerusform>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (يوم واحد مسجل)</numerusform>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (يومان مسجلان)</numerusform>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (%n أيام مسجلة)</numerusform>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (%n يومًا مسجلًا)</numerusform>
                <numerusform>ارتفاع مفاجئ في الأسابيع الأولى (%n يوم مسجل)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no rise seen in the first weeks (%n logged days)</source>
            <translation>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (%n يوم مسجل)</numerusform>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (يوم واحد مسجل)</numerusform>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (يومان مسجلان)</numerusform>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (%n أيام مسجلة)</numerusform>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (%n يومًا مسجلًا)</numerusform>
                <numerusform>لا ارتفاع ملحوظ في الأسابيع الأولى (%n يوم مسجل)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>mostly %1 (each on at least half of %n days with symptoms)</source>
            <translation>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
                <numerusform>غالبًا %1 (كلٌّ منها في نصف الأيام ذات الأعراض على الأقل، وعددها %n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no sensation on half of the %n days with symptoms</source>
            <translation>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
                <numerusform>لا إحساس يظهر في نصف الأيام ذات الأعراض، وعددها %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>starting in the feet (%n days)</source>
            <translation>
                <numerusform>تبدأ في القدمين (%n يوم)</numerusform>
                <numerusform>تبدأ في القدمين (يوم واحد)</numerusform>
                <numerusform>تبدأ في القدمين (يومان)</numerusform>
                <numerusform>تبدأ في القدمين (%n أيام)</numerusform>
                <numerusform>تبدأ في القدمين (%n يومًا)</numerusform>
                <numerusform>تبدأ في القدمين (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>spreading upward (%n days with regions)</source>
            <translation>
                <numerusform>تمتد إلى الأعلى (%n يوم فيها مواضع مُعلَّمة)</numerusform>
                <numerusform>تمتد إلى الأعلى (يوم واحد فيه مواضع مُعلَّمة)</numerusform>
                <numerusform>تمتد إلى الأعلى (يومان فيهما مواضع مُعلَّمة)</numerusform>
                <numerusform>تمتد إلى الأعلى (%n أيام فيها مواضع مُعلَّمة)</numerusform>
                <numerusform>تمتد إلى الأعلى (%n يومًا فيها مواضع مُعلَّمة)</numerusform>
                <numerusform>تمتد إلى الأعلى (%n يوم فيها مواضع مُعلَّمة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>hands involved (%n days)</source>
            <translation>
                <numerusform>إصابة اليدين (%n يوم)</numerusform>
                <numerusform>إصابة اليدين (يوم واحد)</numerusform>
                <numerusform>إصابة اليدين (يومان)</numerusform>
                <numerusform>إصابة اليدين (%n أيام)</numerusform>
                <numerusform>إصابة اليدين (%n يومًا)</numerusform>
                <numerusform>إصابة اليدين (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from the lower back down one leg (%n days)</source>
            <translation>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (%n يوم)</numerusform>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (يوم واحد)</numerusform>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (يومان)</numerusform>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (%n أيام)</numerusform>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (%n يومًا)</numerusform>
                <numerusform>من أسفل الظهر نزولًا في ساق واحدة (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>all round both feet, like a stocking (%n days)</source>
            <translation>
                <numerusform>حول القدمين كلتيهما، كالجورب (%n يوم)</numerusform>
                <numerusform>حول القدمين كلتيهما، كالجورب (يوم واحد)</numerusform>
                <numerusform>حول القدمين كلتيهما، كالجورب (يومان)</numerusform>
                <numerusform>حول القدمين كلتيهما، كالجورب (%n أيام)</numerusform>
                <numerusform>حول القدمين كلتيهما، كالجورب (%n يومًا)</numerusform>
                <numerusform>حول القدمين كلتيهما، كالجورب (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>both hands too: glove and stocking (%n days)</source>
            <translation>
                <numerusform>واليدان أيضًا: القفاز والجورب (%n يوم)</numerusform>
                <numerusform>واليدان أيضًا: القفاز والجورب (يوم واحد)</numerusform>
                <numerusform>واليدان أيضًا: القفاز والجورب (يومان)</numerusform>
                <numerusform>واليدان أيضًا: القفاز والجورب (%n أيام)</numerusform>
                <numerusform>واليدان أيضًا: القفاز والجورب (%n يومًا)</numerusform>
                <numerusform>واليدان أيضًا: القفاز والجورب (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a band down one leg (%n days)</source>
            <translation>
                <numerusform>شريط نزولًا في ساق واحدة (%n يوم)</numerusform>
                <numerusform>شريط نزولًا في ساق واحدة (يوم واحد)</numerusform>
                <numerusform>شريط نزولًا في ساق واحدة (يومان)</numerusform>
                <numerusform>شريط نزولًا في ساق واحدة (%n أيام)</numerusform>
                <numerusform>شريط نزولًا في ساق واحدة (%n يومًا)</numerusform>
                <numerusform>شريط نزولًا في ساق واحدة (%n يوم)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>both legs at similar strength on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساقان بشدة متقاربة في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left leg only on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليسرى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>right leg only on %n of %1 days with symptoms</source>
            <translation>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
                <numerusform>الساق اليمنى فقط في %n من أصل %1 من الأيام ذات الأعراض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no single side pattern over %n days with symptoms</source>
            <translation>
                <numerusform>لا نمط واحد للجانب خلال %n يوم فيه أعراض</numerusform>
                <numerusform>لا نمط واحد للجانب خلال يوم واحد فيه أعراض</numerusform>
                <numerusform>لا نمط واحد للجانب خلال يومين فيهما أعراض</numerusform>
                <numerusform>لا نمط واحد للجانب خلال %n أيام فيها أعراض</numerusform>
                <numerusform>لا نمط واحد للجانب خلال %n يومًا فيها أعراض</numerusform>
                <numerusform>لا نمط واحد للجانب خلال %n يوم فيها أعراض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no leg symptoms recorded (%n days with symptoms)</source>
            <translation>
                <numerusform>لم تُسجَّل أعراض في الساقين (%n يوم فيه أعراض)</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين (يوم واحد فيه أعراض)</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين (يومان فيهما أعراض)</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين (%n أيام فيها أعراض)</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين (%n يومًا فيها أعراض)</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين (%n يوم فيها أعراض)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>too few days to describe a side pattern (%n days with symptoms)</source>
            <translation>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (%n يوم فيه أعراض)</numerusform>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (يوم واحد فيه أعراض)</numerusform>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (يومان فيهما أعراض)</numerusform>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (%n أيام فيها أعراض)</numerusform>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (%n يومًا فيها أعراض)</numerusform>
                <numerusform>الأيام أقل من أن تصف نمط الجانب (%n يوم فيها أعراض)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>taking turns: the left leg alone on %1 and the right leg alone on %2 of %n days with symptoms</source>
            <translation>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل %n يوم فيه أعراض</numerusform>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل يوم واحد فيه أعراض</numerusform>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل يومين فيهما أعراض</numerusform>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل %n أيام فيها أعراض</numerusform>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل %n يومًا فيها أعراض</numerusform>
                <numerusform>بالتناوب: الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2 من أصل %n يوم فيها أعراض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 on %n days</source>
            <translation>
                <numerusform>%1 في %n يوم</numerusform>
                <numerusform>%1 في يوم واحد</numerusform>
                <numerusform>%1 في يومين</numerusform>
                <numerusform>%1 في %n أيام</numerusform>
                <numerusform>%1 في %n يومًا</numerusform>
                <numerusform>%1 في %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none recorded on %n days or more</source>
            <translation>
                <numerusform>لم يُسجَّل شيء في %n يوم أو أكثر</numerusform>
                <numerusform>لم يُسجَّل شيء في يوم واحد أو أكثر</numerusform>
                <numerusform>لم يُسجَّل شيء في يومين أو أكثر</numerusform>
                <numerusform>لم يُسجَّل شيء في %n أيام أو أكثر</numerusform>
                <numerusform>لم يُسجَّل شيء في %n يومًا أو أكثر</numerusform>
                <numerusform>لم يُسجَّل شيء في %n يوم أو أكثر</numerusform>
            </translation>
        </message>
        <message>
            <source>Tingling</source>
            <translation>الوخز</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>الخدر</translation>
        </message>
        <message>
            <source>Burning</source>
            <translation>الحرقان</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>الألم</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>الضعف</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>أسوأ</translation>
        </message>
        <message>
            <source>better</source>
            <translation>أفضل</translation>
        </message>
        <message>
            <source>about the same</source>
            <translation>على حاله تقريبًا</translation>
        </message>
        <message>
            <source>too few days to tell</source>
            <translation>أيام أقل من أن تُظهر ذلك</translation>
        </message>
        <message numerus="yes">
            <source>Warning signs: on %n days of the whole diary, listed first.</source>
            <translation>
                <numerusform>علامات الإنذار: في %n يوم من اليوميات كلها، مذكورة أولًا.</numerusform>
                <numerusform>علامات الإنذار: في يوم واحد من اليوميات كلها، مذكورة أولًا.</numerusform>
                <numerusform>علامات الإنذار: في يومين من اليوميات كلها، مذكورة أولًا.</numerusform>
                <numerusform>علامات الإنذار: في %n أيام من اليوميات كلها، مذكورة أولًا.</numerusform>
                <numerusform>علامات الإنذار: في %n يومًا من اليوميات كلها، مذكورة أولًا.</numerusform>
                <numerusform>علامات الإنذار: في %n يوم من اليوميات كلها، مذكورة أولًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: left leg %2 at the start and %3 now, right leg %4 and %5 (means of the first %6 and the last %n logged days, 0 to 10).</source>
            <translation>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر %n يوم مسجل، من ٠ إلى ١٠).</numerusform>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر يوم واحد مسجل، من ٠ إلى ١٠).</numerusform>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر يومين مسجلين، من ٠ إلى ١٠).</numerusform>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر %n أيام مسجلة، من ٠ إلى ١٠).</numerusform>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر %n يومًا مسجلًا، من ٠ إلى ١٠).</numerusform>
                <numerusform>%1: الساق اليسرى %2 في البداية و%3 الآن، والساق اليمنى %4 و%5 (متوسطات أول %6 وآخر %n يوم مسجل، من ٠ إلى ١٠).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning signs: none ticked or shown on any of the %n logged days of the whole diary.</source>
            <translation>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من %n يوم مسجل في اليوميات كلها.</numerusform>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من يوم واحد مسجل في اليوميات كلها.</numerusform>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من يومين مسجلين في اليوميات كلها.</numerusform>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من %n أيام مسجلة في اليوميات كلها.</numerusform>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من %n يومًا مسجلًا في اليوميات كلها.</numerusform>
                <numerusform>علامات الإنذار: لا شيء مؤشَّر عليه أو ظاهر في أي من %n يوم مسجل في اليوميات كلها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Which legs: %1.</source>
            <translation>أي الساقين: %1.</translation>
        </message>
        <message>
            <source>No leg symptoms recorded; the diary runs from %1 to %2.</source>
            <translation>لم تُسجل أعراض في الساقين؛ تمتد اليوميات من %1 إلى %2.</translation>
        </message>
        <message>
            <source>Symptoms recorded since %1; the diary runs from %2 to %3.</source>
            <translation>الأعراض مسجلة منذ %1؛ تمتد اليوميات من %2 إلى %3.</translation>
        </message>
        <message numerus="yes">
            <source>No symptoms since %1 (%n days to the last logged day).</source>
            <translation>
                <numerusform>لا أعراض منذ %1 (%n يوم حتى آخر يوم مسجل).</numerusform>
                <numerusform>لا أعراض منذ %1 (يوم واحد حتى آخر يوم مسجل).</numerusform>
                <numerusform>لا أعراض منذ %1 (يومين حتى آخر يوم مسجل).</numerusform>
                <numerusform>لا أعراض منذ %1 (%n أيام حتى آخر يوم مسجل).</numerusform>
                <numerusform>لا أعراض منذ %1 (%n يومًا حتى آخر يوم مسجل).</numerusform>
                <numerusform>لا أعراض منذ %1 (%n يوم حتى آخر يوم مسجل).</numerusform>
            </translation>
        </message>
        <message>
            <source>Over the whole period: %1. The last 14 days against the 14 before: %2.</source>
            <translation>على مدى الفترة كلها: %1. آخر ١٤ يومًا مقارنة بالـ١٤ التي قبلها: %2.</translation>
        </message>
        <message numerus="yes">
            <source>Treatment: no vitamin B12 logged in the whole diary (%n logged days).</source>
            <translation>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (%n يوم مسجل).</numerusform>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (يوم واحد مسجل).</numerusform>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (يومين مسجلين).</numerusform>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (%n أيام مسجلة).</numerusform>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (%n يومًا مسجلًا).</numerusform>
                <numerusform>العلاج: لم يُسجل فيتامين ب١٢ في اليوميات كلها (%n يوم مسجل).</numerusform>
            </translation>
        </message>
        <message>
            <source>Treatment: vitamin B12 (%1) since %2; no plan covers this period, so adherence is not known.</source>
            <translation>العلاج: فيتامين ب١٢ (%1) منذ %2؛ لا توجد خطة تغطي هذه الفترة، لذا الالتزام غير معروف.</translation>
        </message>
        <message numerus="yes">
            <source>Treatment: vitamin B12 (%1) since %2; %3 of %n planned doses in this period taken (%4%).</source>
            <translation>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل %n جرعة مخططة في هذه الفترة (%4٪).</numerusform>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل جرعة مخططة واحدة في هذه الفترة (%4٪).</numerusform>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل جرعتين مخططتين في هذه الفترة (%4٪).</numerusform>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل %n جرعات مخططة في هذه الفترة (%4٪).</numerusform>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل %n جرعةً مخططةً في هذه الفترة (%4٪).</numerusform>
                <numerusform>العلاج: فيتامين ب١٢ (%1) منذ %2؛ أُخذت %3 من أصل %n جرعة مخططة في هذه الفترة (%4٪).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking (0 normal to 4): %1 at the start and %2 now; timed 10-metre walk: %3 and %4 seconds; falls in the period: %n.</source>
            <translation>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ زمن المشي لعشرة أمتار: %3 و%4 ثانية؛ السقطات في الفترة: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking (0 normal to 4): %1 at the start and %2 now; falls in the period: %n.</source>
            <translation>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
                <numerusform>المشي (٠ طبيعي إلى ٤): %1 في البداية و%2 الآن؛ السقطات في الفترة: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>tingling</source>
            <translation>الوخز</translation>
        </message>
        <message>
            <source>numbness</source>
            <translation>الخدر</translation>
        </message>
        <message>
            <source>burning</source>
            <translation>الحرقان</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>الألم</translation>
        </message>
        <message>
            <source>weakness</source>
            <translation>الضعف</translation>
        </message>
        <message>
            <source>the feet</source>
            <translation>القدمين</translation>
        </message>
        <message>
            <source>the lower legs</source>
            <translation>أسفل الساقين</translation>
        </message>
        <message>
            <source>the knees and thighs</source>
            <translation>الركبتين والفخذين</translation>
        </message>
        <message>
            <source>the buttocks and hips</source>
            <translation>الأليتين والوركين</translation>
        </message>
        <message>
            <source>the lower back</source>
            <translation>أسفل الظهر</translation>
        </message>
        <message>
            <source>the hands</source>
            <translation>اليدين</translation>
        </message>
        <message>
            <source>back pain of 4 or more</source>
            <translation>ألم ظهر بدرجة ٤ أو أكثر</translation>
        </message>
        <message>
            <source>worse with coughing</source>
            <translation>يشتد مع السعال</translation>
        </message>
        <message>
            <source>worse with sitting</source>
            <translation>يشتد مع الجلوس</translation>
        </message>
        <message>
            <source>radiating from the lower back</source>
            <translation>ينتشر من أسفل الظهر</translation>
        </message>
        <message>
            <source>fatigue</source>
            <translation>التعب</translation>
        </message>
        <message>
            <source>memory or concentration problems</source>
            <translation>مشكلات في الذاكرة أو التركيز</translation>
        </message>
        <message>
            <source>mood changes</source>
            <translation>تقلبات المزاج</translation>
        </message>
        <message>
            <source>sore tongue</source>
            <translation>التهاب اللسان</translation>
        </message>
        <message>
            <source>vision problems</source>
            <translation>مشكلات في الإبصار</translation>
        </message>
        <message>
            <source>restless legs</source>
            <translation>تململ الساقين</translation>
        </message>
        <message>
            <source>involuntary movements</source>
            <translation>حركات لاإرادية</translation>
        </message>
        <message>
            <source>balance problems</source>
            <translation>مشكلات في التوازن</translation>
        </message>
        <message>
            <source>falls</source>
            <translation>السقطات</translation>
        </message>
        <message>
            <source>haemoglobin below its range (anaemia)</source>
            <translation>الهيموغلوبين دون نطاقه (فقر الدم)</translation>
        </message>
        <message>
            <source>serum B12 below its range</source>
            <translation>فيتامين ب١٢ في المصل دون نطاقه</translation>
        </message>
        <message>
            <source>MMA above its range</source>
            <translation>حمض الميثيل مالونيك (MMA) فوق نطاقه</translation>
        </message>
        <message>
            <source>homocysteine above its range</source>
            <translation>الهوموسيستين فوق نطاقه</translation>
        </message>
        <message>
            <source>MCV above its range (large red cells)</source>
            <translation>MCV فوق نطاقه (كريات حمراء كبيرة)</translation>
        </message>
        <message>
            <source>walking rated worse in the second half</source>
            <translation>تقييم المشي أسوأ في النصف الثاني</translation>
        </message>
        <message>
            <source>HbA1c above its range</source>
            <translation>الهيموغلوبين السكري فوق مداه</translation>
        </message>
        <message>
            <source>numbness around the back passage or genitals</source>
            <translation>خدر حول فتحة الشرج أو الأعضاء التناسلية</translation>
        </message>
        <message>
            <source>a change in bladder or bowel control</source>
            <translation>تغير في التحكم بالمثانة أو الأمعاء</translation>
        </message>
        <message>
            <source>quickly worsening weakness in one or both legs</source>
            <translation>ضعف يزداد سوءًا بسرعة في ساق واحدة أو في الساقين</translation>
        </message>
        <message>
            <source>sudden foot drop</source>
            <translation>سقوط القدم المفاجئ</translation>
        </message>
        <message>
            <source>changed sensation in the genitals or in sexual function</source>
            <translation>تغيّر الإحساس في الأعضاء التناسلية أو في الوظيفة الجنسية</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>الحقن</translation>
        </message>
        <message>
            <source>tablet by mouth</source>
            <translation>أقراص بالفم</translation>
        </message>
        <message>
            <source>under the tongue</source>
            <translation>تحت اللسان</translation>
        </message>
        <message>
            <source>nasal spray</source>
            <translation>بخاخ أنفي</translation>
        </message>
        <message>
            <source>other form</source>
            <translation>شكل آخر</translation>
        </message>
        <message>
            <source>µg</source>
            <translation>مكغ</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>ملغ</translation>
        </message>
        <message>
            <source>ml</source>
            <translation>مل</translation>
        </message>
        <message>
            <source>tablets</source>
            <translation>أقراص</translation>
        </message>
        <message>
            <source>vitamin B12</source>
            <translation>فيتامين ب١٢</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>the front of the thigh and the knee to the inner shin</source>
            <translation>مقدمة الفخذ والركبة إلى الجانب الداخلي من قصبة الساق</translation>
        </message>
        <message>
            <source>the outer shin to the top of the foot and the big toe</source>
            <translation>الجانب الخارجي من قصبة الساق إلى ظهر القدم وإبهام القدم</translation>
        </message>
        <message>
            <source>the back of the thigh and the calf to the sole and the little toe</source>
            <translation>مؤخرة الفخذ وربلة الساق إلى باطن القدم والإصبع الصغير</translation>
        </message>
        <message numerus="yes">
            <source>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs.</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both feet were marked all round (top and sole or heel), like a stocking, on %n of %1 days with places marked on the legs, and over the weeks the marks rose up both legs.</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت القدمان كلتاهما من كل جانب (ظهر القدم وباطنها أو الكعب)، كالجورب، وعلى مرّ الأسابيع صعدت العلامات في الساقين كلتيهما.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both hands were marked too on %n of them (glove and stocking), as the reference documents describe for diabetic neuropathy; B12 deficiency can affect the hands too.</source>
            <translation>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
                <numerusform>وحُدِّدت اليدان أيضًا في %n منها (القفاز والجورب)، كما تصف المراجع اعتلال الأعصاب السكري؛ ويمكن أن يصيب نقص فيتامين B12 اليدين أيضًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2. Pain from the lower back along one nerve root runs in such a band (NICE CKS, sciatica).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2. الألم الآتي من أسفل الظهر على مسار جذر عصبي واحد يمتد في شريط كهذا (NICE CKS، عرق النسا).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the left leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليسرى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with places marked on the legs, only the right leg was marked, in a band from %2: the route of the %3 root (a description, not a diagnosis).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، حُدِّدت الساق اليمنى وحدها، في شريط يمتد من %2: مسار الجذر %3 (وصف، لا تشخيص).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A mixed picture: both feet all round (a stocking) on %n of %1 days with places marked on the legs, one leg alone in a band from %3 on %2 days.</source>
            <translation>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
                <numerusform>صورة مختلطة: القدمان كلتاهما من كل جانب (كالجورب) في %n من أصل %1 من الأيام التي حُدِّدت فيها أماكن على الساقين، وساق واحدة وحدها في شريط يمتد من %3 في %2 من الأيام.</numerusform>
            </translation>
        </message>
        <message>
            <source>This diary describes what was recorded; it does not diagnose. Only a clinician can find the cause of these symptoms.</source>
            <translation>تصف هذه اليوميات ما سُجِّل، ولا تشخّص. الطبيب وحده يستطيع معرفة سبب هذه الأعراض.</translation>
        </message>
        <message numerus="yes">
            <source>Other signs, with the number of days out of %n logged: %1.</source>
            <translation>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل %n يوم مسجل: %1.</numerusform>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل يوم واحد مسجل: %1.</numerusform>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل يومين مسجلين: %1.</numerusform>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل %n أيام مسجلة: %1.</numerusform>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل %n يومًا مسجلًا: %1.</numerusform>
                <numerusform>علامات أخرى، مع عدد الأيام من أصل %n يوم مسجل: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Falls: %1 in all, on %n of %2 logged days.</source>
            <translation>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
                <numerusform>السقطات: %1 في المجموع، في %n من أصل %2 من الأيام المسجلة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking was rated worse in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</source>
            <translation>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يوم مسجل في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، ويوم واحد مسجل في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، ويومان مسجلان في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n أيام مسجلة في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يومًا مسجلًا في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أسوأ في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يوم مسجل في كل نصف).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Walking was rated better in the second half of the period than in the first (average %1 against %2 on the 0 to 4 scale, %n logged days in each half).</source>
            <translation>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يوم مسجل في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، ويوم واحد مسجل في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، ويومان مسجلان في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n أيام مسجلة في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يومًا مسجلًا في كل نصف).</numerusform>
                <numerusform>قُيِّم المشي بأنه أفضل في النصف الثاني من الفترة مقارنةً بالنصف الأول (متوسط %1 مقابل %2 على مقياس من ٠ إلى ٤، و%n يوم مسجل في كل نصف).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This summary covers %1 to %2: %n of %3 days were logged.</source>
            <translation>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
                <numerusform>يغطي هذا الملخص الفترة من %1 إلى %2: سُجِّل %n من أصل %3 من الأيام.</numerusform>
            </translation>
        </message>
        <message>
            <source>No days were logged from %1 to %2, so there is nothing to describe yet.</source>
            <translation>لم تُسجَّل أي أيام من %1 إلى %2، فلا يوجد ما يُوصف بعد.</translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms both legs were affected at similar strength (no sensation more than %2 points apart between left and right): a symmetric pattern. The reference documents describe symmetric leg symptoms in nerve damage from vitamin B12 deficiency and from diabetes.</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان بشدة متقاربة (بفارق لا يزيد على %2 بين اليسرى واليمنى في أي إحساس): وهذا نمط متماثل. تصف المراجع أعراض الساقين المتماثلة في تلف الأعصاب الناتج عن نقص فيتامين ب١٢ وعن السكري.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The legs took turns: of %n days with symptoms, the left leg alone on %1 and the right leg alone on %2, changing sides %3 times. This is neither the two-legged pattern the reference documents give for neuropathy nor the one leg they give for sciatica; sides that alternate are worth checking with a clinician.</source>
            <translation>
                <numerusform>تناوبت الساقان: من أصل %n يوم فيه أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
                <numerusform>تناوبت الساقان: من أصل يوم واحد فيه أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
                <numerusform>تناوبت الساقان: من أصل يومين فيهما أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
                <numerusform>تناوبت الساقان: من أصل %n أيام فيها أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
                <numerusform>تناوبت الساقان: من أصل %n يومًا فيها أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
                <numerusform>تناوبت الساقان: من أصل %n يوم فيها أعراض، الساق اليسرى وحدها في %1 والساق اليمنى وحدها في %2، مع تبدّل الجانب %3 مرة. هذا ليس نمط الساقين معًا الذي تذكره الوثائق المرجعية لاعتلال الأعصاب ولا الساق الواحدة التي تذكرها لعرق النسا؛ والجوانب المتناوبة تستحق الفحص لدى الطبيب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n days with symptoms show no single pattern: both legs at similar strength on %1, clearly unequal on %2, the left leg only on %3, the right leg only on %4. The reference documents note that B12 deficiency can mimic sciatica and that the two can be mistaken for each other, so this mixed picture is worth showing to a clinician.</source>
            <translation>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
                <numerusform>الأيام ذات الأعراض، وعددها %n، لا تُظهر نمطًا واحدًا: الساقان بشدة متقاربة في %1، وبشدة متفاوتة بوضوح في %2، والساق اليسرى وحدها في %3، والساق اليمنى وحدها في %4. تشير المراجع إلى أن نقص فيتامين ب١٢ قد يحاكي عرق النسا وأن أحدهما قد يُشخَّص خطأً على أنه الآخر، لذا يستحق هذا النمط المختلط أن يُعرض على الطبيب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No leg symptoms were recorded on any of the %n logged days.</source>
            <translation>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
                <numerusform>لم تُسجَّل أعراض في الساقين في أيٍّ من الأيام المسجلة، وعددها %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Both legs were affected on %1 of %2 days with symptoms, and on %n of them the symptoms spread from the lower back into both legs. The reference documents describe symptoms starting in the feet in both legs for B12 deficiency and diabetes, and one leg with pain from the lower back for sciatica; pain from the back into both legs is neither picture, and it is a warning sign (above).</source>
            <translation>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي %n يوم منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي يوم واحد منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي يومين منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي %n أيام منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي %n يومًا منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
                <numerusform>تأثرت الساقان في %1 من أصل %2 من الأيام التي فيها أعراض، وفي %n يوم منها امتدت الأعراض من أسفل الظهر إلى الساقين كلتيهما. تصف الوثائق المرجعية أعراضًا تبدأ في القدمين في الساقين كلتيهما في نقص ب١٢ والسكري، وساقًا واحدة مع ألم من أسفل الظهر في عرق النسا؛ أما الألم الممتد من الظهر إلى الساقين كلتيهما فليس أيًّا من الصورتين، وهو علامة إنذار (أعلاه).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the left leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</source>
            <translation>
                <numerusform>في %n يوم من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في يوم واحد من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في يومين من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n أيام من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n يومًا من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n يوم من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليسرى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the right leg was affected, in the foot only, with no back pain and nothing spreading from the back: one-sided, and not from the back. The reference documents describe one-sided symptoms coming from the lower back for sciatica; this is not that picture.</source>
            <translation>
                <numerusform>في %n يوم من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في يوم واحد من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في يومين من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n أيام من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n يومًا من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
                <numerusform>في %n يوم من أصل %1 من الأيام التي فيها أعراض تأثرت الساق اليمنى وحدها، في القدم فقط، دون ألم في الظهر ودون امتداد من الظهر: في جانب واحد، وليس من الظهر. تصف الوثائق المرجعية الأعراض في جانب واحد الآتية من أسفل الظهر في عرق النسا؛ وهذه ليست تلك الصورة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the left leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليسرى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms only the right leg was affected: a one-sided pattern. The reference documents describe one-sided leg symptoms in sciatica (a pressed or irritated sciatic nerve).</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساق اليمنى وحدها: وهذا نمط في جانب واحد. تصف المراجع أعراض الساق في جانب واحد في عرق النسا (انضغاط العصب الوركي أو تهيجه).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n of %1 days in this period were logged; at least %2 logged days are needed before the diary describes a pattern.</source>
            <translation>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
                <numerusform>لم يُسجَّل إلا %n من أصل %1 من أيام هذه الفترة؛ ويلزم %2 من الأيام المسجلة على الأقل قبل أن تصف اليوميات نمطًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Symptoms were recorded on %n of %1 logged days; at least %2 days with symptoms are needed before the diary describes which legs are affected.</source>
            <translation>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
                <numerusform>سُجلت أعراض في %n من أصل %1 من الأيام المسجلة؛ ويلزم %2 من الأيام ذات الأعراض على الأقل قبل أن تصف اليوميات أي الساقين مصابة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms both legs were affected but clearly unequally (a sensation more than %2 points apart); the left leg was stronger on %3 of them and the right leg on %4.</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض أصيبت الساقان ولكن بشدة متفاوتة بوضوح (بفارق يزيد على %2 في أحد الأحاسيس)؛ وكانت الساق اليسرى أشد في %3 منها والساق اليمنى في %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where the symptoms were felt was not marked on any of the %n days with symptoms.</source>
            <translation>
                <numerusform>لم تُحدَّد مواضع الأعراض في أي من الأيام التي فيها أعراض (%n يوم).</numerusform>
                <numerusform>لم تُحدَّد مواضع الأعراض في اليوم الوحيد الذي فيه أعراض.</numerusform>
                <numerusform>لم تُحدَّد مواضع الأعراض في أي من اليومين اللذين فيهما أعراض.</numerusform>
                <numerusform>لم تُحدَّد مواضع الأعراض في أي من الأيام الـ%n التي فيها أعراض.</numerusform>
                <numerusform>لم تُحدَّد مواضع الأعراض في أي من الأيام الـ%n التي فيها أعراض.</numerusform>
                <numerusform>لم تُحدَّد مواضع الأعراض في أي من الأيام الـ%n التي فيها أعراض.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where the symptoms were felt was marked on %n of %1 days with symptoms.</source>
            <translation>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
                <numerusform>حُدِّدت مواضع الأعراض في %n من أصل %1 من الأيام ذات الأعراض.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of the first %1 days with symptoms and marked places, the feet were affected and nothing above the lower legs: the symptoms started in the feet.</source>
            <translation>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
                <numerusform>في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، أصيبت القدمان ولم يُصب شيء فوق أسفل الساقين: بدأت الأعراض في القدمين.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the first %n days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</source>
            <translation>
                <numerusform>لم يكن في أي من %n يوم التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم يكن في أي من اليوم الأول التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم يكن في أي من اليومين الأولين التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم يكن في أي من الأيام الـ%n الأولى التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم يكن في أي من الأيام الـ%n الأولى التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم يكن في أي من الأيام الـ%n الأولى التي فيها أعراض ومواضع محددة أعراض في القدمين دون ما فوق أسفل الساقين، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only %n of the first %1 days with symptoms and marked places had them in the feet and no higher than the lower legs, so the diary does not show a start in the feet.</source>
            <translation>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
                <numerusform>لم تكن الأعراض في القدمين دون ما فوق أسفل الساقين إلا في %n من أصل أول %1 من الأيام ذات الأعراض والمواضع المُعلَّمة، لذا لا تُظهر اليوميات بداية في القدمين.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The highest place reached rose from %1 in the first week with marked places to %2, held for %3 weeks running (%n weeks with marked places, %4 days).</source>
            <translation>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (%n أسبوع فيها مواضع مُعلَّمة، %4 من الأيام).</numerusform>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (أسبوع واحد فيه مواضع مُعلَّمة، %4 من الأيام).</numerusform>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (أسبوعان فيهما مواضع مُعلَّمة، %4 من الأيام).</numerusform>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (%n أسابيع فيها مواضع مُعلَّمة، %4 من الأيام).</numerusform>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (%n أسبوعًا فيها مواضع مُعلَّمة، %4 من الأيام).</numerusform>
                <numerusform>ارتفع أعلى موضع بلغته الأعراض من %1 في أول أسبوع فيه مواضع مُعلَّمة إلى %2، واستمر %3 من الأسابيع المتتالية (%n أسبوع فيها مواضع مُعلَّمة، %4 من الأيام).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On %n of %1 days with symptoms they reached from the lower back or buttock down one leg, as the reference documents describe for sciatica.</source>
            <translation>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
                <numerusform>في %n من أصل %1 من الأيام ذات الأعراض امتدت الأعراض من أسفل الظهر أو الألية نزولًا في ساق واحدة، كما تصف المراجع عرق النسا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hands were marked on %n of %1 days with symptoms. The reference documents describe feet and hands together in diabetic neuropathy; B12 deficiency can affect the hands too.</source>
            <translation>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
                <numerusform>عُلِّمت اليدان في %n من أصل %1 من الأيام ذات الأعراض. تصف المراجع إصابة القدمين واليدين معًا في الاعتلال العصبي السكري؛ وقد يصيب نقص فيتامين ب١٢ اليدين أيضًا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over the first months the symptoms rose slowly: the highest score of the day averaged %1 in the first four weeks from %2 and %3 in the four weeks up to %4 (%n logged days).</source>
            <translation>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (%n يوم مسجل).</numerusform>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (يوم واحد مسجل).</numerusform>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (يومين مسجلين).</numerusform>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (%n أيام مسجلة).</numerusform>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (%n يومًا مسجلًا).</numerusform>
                <numerusform>ارتفعت الأعراض ببطء خلال الأشهر الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسابيع الأربعة الأولى من %2 و%3 في الأسابيع الأربعة حتى %4 (%n يوم مسجل).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over the first weeks the symptoms rose gradually: the highest score of the day averaged %1 in the week from %2 and %3 in the week up to %4 (%n logged days).</source>
            <translation>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (%n يوم مسجل).</numerusform>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (يوم واحد مسجل).</numerusform>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (يومان مسجلان).</numerusform>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (%n أيام مسجلة).</numerusform>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (%n يومًا مسجلًا).</numerusform>
                <numerusform>ارتفعت الأعراض تدريجيًا خلال الأسابيع الأولى: بلغ متوسط أعلى درجة في اليوم %1 في الأسبوع الذي بدأ في %2 و%3 في الأسبوع المنتهي في %4 (%n يوم مسجل).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Early on the symptoms rose suddenly: the highest score of the day went from %1 on %2 to %3 on %4 (%n logged days in the first four weeks examined).</source>
            <translation>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (%n يوم مسجل في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (يوم واحد مسجل في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (يومان مسجلان في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (%n أيام مسجلة في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (%n يومًا مسجلًا في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
                <numerusform>ارتفعت الأعراض فجأة في البداية: انتقلت أعلى درجة في اليوم من %1 في %2 إلى %3 في %4 (%n يوم مسجل في الأسابيع الأربعة الأولى التي فُحصت).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The diary starts with symptoms already present, and their strength shows no clear rise in the first four weeks (%n logged days) or the months after; how they began is before the diary.</source>
            <translation>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (%n يوم مسجل) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (يوم واحد مسجل) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (يومين مسجلين) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (%n أيام مسجلة) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (%n يومًا مسجلًا) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
                <numerusform>تبدأ اليوميات والأعراض موجودة أصلًا، ولا تُظهر شدتها ارتفاعًا واضحًا في الأسابيع الأربعة الأولى (%n يوم مسجل) ولا في الأشهر التالية؛ أما كيف بدأت فقبل اليوميات.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The strength of the symptoms shows no clear rise in the first four weeks after they began (%n logged days) or the months after.</source>
            <translation>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (%n يوم مسجل) ولا في الأشهر التالية.</numerusform>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (يوم واحد مسجل) ولا في الأشهر التالية.</numerusform>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (يومين مسجلين) ولا في الأشهر التالية.</numerusform>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (%n أيام مسجلة) ولا في الأشهر التالية.</numerusform>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (%n يومًا مسجلًا) ولا في الأشهر التالية.</numerusform>
                <numerusform>لا تُظهر شدة الأعراض ارتفاعًا واضحًا في الأسابيع الأربعة الأولى بعد بدئها (%n يوم مسجل) ولا في الأشهر التالية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Involuntary movements were recorded on %n of %1 logged days. One reference document notes that they can appear within days of starting B12 treatment, mostly in infants, and usually fade within weeks; tell the clinician.</source>
            <translation>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
                <numerusform>سُجلت حركات لاإرادية في %n من أصل %1 من الأيام المسجلة. يذكر أحد المراجع أنها قد تظهر خلال أيام من بدء العلاج بفيتامين ب١٢، وغالبًا لدى الرضع، وتزول عادةً خلال أسابيع؛ أخبر الطبيب بذلك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Also recorded before this period: %1</source>
            <translation>سُجّل أيضًا قبل هذه الفترة: %1</translation>
        </message>
        <message>
            <source>Also recorded after this period: %1</source>
            <translation>سُجّل أيضًا بعد هذه الفترة: %1</translation>
        </message>
        <message>
            <source>Also recorded before this period, ticked by the patient: %1.</source>
            <translation>سُجّل أيضًا قبل هذه الفترة، مما أشار إليه المريض: %1.</translation>
        </message>
        <message>
            <source>Also recorded after this period, ticked by the patient: %1.</source>
            <translation>سُجّل أيضًا بعد هذه الفترة، مما أشار إليه المريض: %1.</translation>
        </message>
        <message>
            <source>%1 It is on the list of warning signs that need urgent medical attention (NICE).</source>
            <translation>%1 وهي من علامات الإنذار التي تحتاج إلى عناية طبية عاجلة (NICE).</translation>
        </message>
        <message>
            <source>the left leg</source>
            <translation>الساق اليسرى</translation>
        </message>
        <message>
            <source>the right leg</source>
            <translation>الساق اليمنى</translation>
        </message>
        <message>
            <source>The diary shows leg symptoms spreading from the lower back into both legs %1.</source>
            <translation>تُظهر اليوميات أعراضًا تمتد من أسفل الظهر إلى الساقين كلتيهما %1.</translation>
        </message>
        <message>
            <source>The diary shows %1 newly affected, after symptoms in %2 only, while the pain spread from the lower back, %3.</source>
            <translation>تُظهر اليوميات إصابة %1 حديثًا، بعد أعراض في %2 وحدها، والألم يمتد من أسفل الظهر، %3.</translation>
        </message>
        <message>
            <source>The diary shows walking getting quickly worse: from level %1 on %2 to level %3 on %4 (two or more levels within two weeks), %5.</source>
            <translation>تُظهر اليوميات أن المشي يزداد سوءًا بسرعة: من المستوى %1 في %2 إلى المستوى %3 في %4 (بفارق مستويين أو أكثر خلال أسبوعين)، %5.</translation>
        </message>
        <message>
            <source>The diary shows weakness getting quickly worse in both legs: the left leg from %1 to %2 by %3 and the right leg from %4 to %5 by %6 (three or more points within two weeks), %7.</source>
            <translation>تُظهر اليوميات ضعفًا يزداد سوءًا بسرعة في الساقين كلتيهما: الساق اليسرى من %1 إلى %2 بحلول %3 والساق اليمنى من %4 إلى %5 بحلول %6 (بفارق ثلاث درجات أو أكثر خلال أسبوعين)، %7.</translation>
        </message>
        <message>
            <source>The diary shows weakness getting quickly worse in %1: from %2 on %3 to %4 on %5 (three or more points within two weeks), %6.</source>
            <translation>تُظهر اليوميات ضعفًا يزداد سوءًا بسرعة في %1: من %2 في %3 إلى %4 في %5 (بفارق ثلاث درجات أو أكثر خلال أسبوعين)، %6.</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>في %1</translation>
        </message>
        <message numerus="yes">
            <source>on %n days from %1 to %2</source>
            <translation>
                <numerusform>في %n يوم من %1 إلى %2</numerusform>
                <numerusform>في يوم واحد من %1 إلى %2</numerusform>
                <numerusform>في يومين من %1 إلى %2</numerusform>
                <numerusform>في %n أيام من %1 إلى %2</numerusform>
                <numerusform>في %n يومًا من %1 إلى %2</numerusform>
                <numerusform>في %n يوم من %1 إلى %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Injection 1000 µg every other day for 2 weeks (loading, as NICE NG239 / BNF)</source>
            <translation>حقنة ١٠٠٠ مكغ يومًا بعد يوم لمدة أسبوعين (جرعات تحميل، وفق NICE NG239 / BNF)</translation>
        </message>
        <message>
            <source>Injection 1000 µg every 2 months (maintenance, hydroxocobalamin, as NICE NG239 / BNF)</source>
            <translation>حقنة ١٠٠٠ مكغ كل شهرين (جرعة مداومة، هيدروكسوكوبالامين، وفق NICE NG239 / BNF)</translation>
        </message>
        <message>
            <source>Loading for 2 weeks, then 1000 µg every 2 months from the day after (two regimens, as NICE NG239 / BNF)</source>
            <translation>تحميل لمدة أسبوعين، ثم ١٠٠٠ مكغ كل شهرين بدءًا من اليوم التالي (خطتان، وفق NICE NG239 / BNF)</translation>
        </message>
        <message>
            <source>Injection 1000 µg monthly (cyanocobalamin)</source>
            <translation>حقنة ١٠٠٠ مكغ شهريًا (سيانوكوبالامين)</translation>
        </message>
        <message>
            <source>Injection daily for 1 week, weekly for 4 weeks, then monthly</source>
            <translation>حقنة يوميًا لمدة أسبوع، ثم أسبوعيًا لمدة ٤ أسابيع، ثم شهريًا</translation>
        </message>
        <message>
            <source>Tablet 1000 µg daily</source>
            <translation>قرص ١٠٠٠ مكغ يوميًا</translation>
        </message>
        <message>
            <source>Sublingual 1000 µg daily</source>
            <translation>تحت اللسان ١٠٠٠ مكغ يوميًا</translation>
        </message>
        <message>
            <source>Nasal spray 500 µg weekly</source>
            <translation>بخاخ أنفي ٥٠٠ مكغ أسبوعيًا</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Page %1 of the preview</source>
            <translation>الصفحة %1 من المعاينة</translation>
        </message>
    </context>
    <context>
        <name>ProfileSwitcher</name>
        <message>
            <source>Profile</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <source>Whose diary is shown</source>
            <translation>يوميات من المعروضة</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>الملف ال&amp;شخصي:</translation>
        </message>
    </context>
    <context>
        <name>QuickDoseLog</name>
        <message>
            <source>Took my usual B12 dose &amp;now</source>
            <translation>تناولت جرعة ب١٢ المعتادة ال&amp;آن</translation>
        </message>
        <message>
            <source>There is no vitamin B12 plan active today. Add your plan on the Treatment page, then this button records a dose from it in one press.</source>
            <translation>لا توجد خطة فيتامين ب١٢ سارية اليوم. أضف خطتك في صفحة العلاج، وعندها يسجل هذا الزر جرعة منها بضغطة واحدة.</translation>
        </message>
        <message>
            <source>No active B12 plan.</source>
            <translation>لا توجد خطة ب١٢ سارية.</translation>
        </message>
        <message>
            <source>Records %1 now, from your plan.</source>
            <translation>يسجل %1 الآن، من خطتك.</translation>
        </message>
        <message>
            <source>Recorded today at %1.</source>
            <translation>سُجلت اليوم الساعة %1.</translation>
        </message>
        <message>
            <source>No more doses are planned.</source>
            <translation>لا توجد جرعات أخرى مخططة.</translation>
        </message>
        <message>
            <source>A dose was due on %1.</source>
            <translation>كانت جرعة مستحقة يوم %1.</translation>
        </message>
        <message>
            <source>A dose is due today.</source>
            <translation>جرعة مستحقة اليوم.</translation>
        </message>
        <message>
            <source>Next dose due on %1.</source>
            <translation>الجرعة التالية مستحقة يوم %1.</translation>
        </message>
        <message>
            <source>Recorded %1 at %2.</source>
            <translation>سُجِّل %1 الساعة %2.</translation>
        </message>
        <message>
            <source>Record B12 dose</source>
            <translation>تسجيل جرعة ب١٢</translation>
        </message>
        <message>
            <source>%1 is already recorded today at %2. Record another dose now?</source>
            <translation>سُجِّلت %1 اليوم بالفعل في الساعة %2. هل تسجّل جرعة أخرى الآن؟</translation>
        </message>
        <message>
            <source>Record another dose?</source>
            <translation>تسجيل جرعة أخرى؟</translation>
        </message>
    </context>
    <context>
        <name>RedFlagSection</name>
        <message>
            <source>Warning signs: tick any you have noticed today</source>
            <translation>علامات الخطر: ضع علامة على أي منها لاحظته اليوم</translation>
        </message>
        <message>
            <source>You ticked: %1.</source>
            <translation>وضعت علامة على: %1.</translation>
        </message>
        <message>
            <source>This needs urgent medical attention today. Please contact your doctor or an urgent care service now; if you cannot reach them, call the emergency number.</source>
            <translation>يحتاج هذا إلى عناية طبية عاجلة اليوم. يُرجى الاتصال بطبيبك أو بخدمة الرعاية العاجلة الآن؛ وإذا تعذر الوصول إليهم، فاتصل برقم الطوارئ.</translation>
        </message>
        <message>
            <source>The diary has saved this.</source>
            <translation>حفظت اليوميات هذا.</translation>
        </message>
        <message>
            <source>The diary will save this when the day is saved.</source>
            <translation>ستحفظ اليوميات هذا عند حفظ اليوم.</translation>
        </message>
        <message>
            <source>Please get medical help today</source>
            <translation>يُرجى طلب المساعدة الطبية اليوم</translation>
        </message>
    </context>
    <context>
        <name>RegimenAdherenceModel</name>
        <message>
            <source>none planned</source>
            <translation>لا جرعات مخططة</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 ٪</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 وواحد آخر</numerusform>
                <numerusform>%1 واثنان آخران</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
                <numerusform>%1 و%n غيرها</numerusform>
            </translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>مستمرة</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>انتهت</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>عدد المرات</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>End</source>
            <translation>الانتهاء</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>المخطط</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>المأخوذ</translation>
        </message>
        <message>
            <source>Taken (%)</source>
            <translation>المأخوذ (٪)</translation>
        </message>
        <message>
            <source>Missed dates</source>
            <translation>التواريخ الفائتة</translation>
        </message>
        <message>
            <source>Next dose due</source>
            <translation>موعد الجرعة التالية</translation>
        </message>
    </context>
    <context>
        <name>RegimenDialog</name>
        <message>
            <source>Edit plan</source>
            <translation>تعديل الخطة العلاجية</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>خطة علاجية جديدة</translation>
        </message>
        <message>
            <source>My own plan</source>
            <translation>خطتي الخاصة</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>ت&amp;نتهي في:</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>تنتهي في</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>ال&amp;خطة:</translation>
        </message>
        <message>
            <source>Every how many &amp;days:</source>
            <translation>كل كم &amp;يومًا:</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>ت&amp;بدأ في:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>الملا&amp;حظات:</translation>
        </message>
        <message>
            <source>Then, from %1: %2, %3</source>
            <translation>ثم، ابتداءً من %1: %2، %3</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <source>Every how many days</source>
            <translation>كل كم يومًا</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
    </context>
    <context>
        <name>RegimenPanel</name>
        <message>
            <source>&amp;New plan…</source>
            <translation>خطة علاجية &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Edit plan…</source>
            <translation>ت&amp;عديل الخطة العلاجية…</translation>
        </message>
        <message>
            <source>De&amp;lete plan</source>
            <translation>&amp;حذف الخطة العلاجية</translation>
        </message>
        <message>
            <source>E&amp;nd plan today</source>
            <translation>إ&amp;نهاء الخطة العلاجية اليوم</translation>
        </message>
        <message>
            <source>Adherence counts the doses planned in the chosen period and the logged doses of the same medicine and form close to each planned date.</source>
            <translation>يحسب الالتزام الجرعات المخططة في الفترة المختارة والجرعات المسجلة من الدواء نفسه وبالشكل نفسه قريبًا من كل موعد مخطط.</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>خطة علاجية جديدة</translation>
        </message>
        <message numerus="yes">
            <source>%n plans saved.</source>
            <translation>
                <numerusform>لم تُحفظ أي خطة علاجية (%n).</numerusform>
                <numerusform>حُفظت خطة علاجية واحدة.</numerusform>
                <numerusform>حُفظت خطتان علاجيتان.</numerusform>
                <numerusform>حُفظت %n خطط علاجية.</numerusform>
                <numerusform>حُفظت %n خطةً علاجية.</numerusform>
                <numerusform>حُفظت %n خطة علاجية.</numerusform>
            </translation>
        </message>
        <message>
            <source>End plan</source>
            <translation>إنهاء الخطة العلاجية</translation>
        </message>
        <message>
            <source>Plan ended. Undo restarts it (Ctrl+Z).</source>
            <translation>انتهت الخطة العلاجية. يعيد التراجع تشغيلها (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Edit plan</source>
            <translation>تعديل الخطة العلاجية</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>حذف الخطة العلاجية</translation>
        </message>
        <message>
            <source>Plan deleted. Undo brings it back (Ctrl+Z).</source>
            <translation>حُذفت الخطة العلاجية. يعيدها التراجع (Ctrl+Z).</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>ذكّرني لاحقًا</translation>
        </message>
        <message>
            <source>Remind me again in an hour</source>
            <translation>ذكّرني مرة أخرى بعد ساعة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Hide this reminder; nothing is logged</source>
            <translation>إخفاء هذا التذكير؛ لا يُسجَّل شيء</translation>
        </message>
        <message>
            <source>Log dose</source>
            <translation>تسجيل الجرعة</translation>
        </message>
        <message>
            <source>Dose saved: %1.</source>
            <translation>حُفظت الجرعة: %1.</translation>
        </message>
        <message>
            <source>Symptom Diary reminder</source>
            <translation>تذكير من يوميات الأعراض</translation>
        </message>
        <message>
            <source>Open the diary for that day</source>
            <translation>فتح اليوميات على ذلك اليوم</translation>
        </message>
        <message>
            <source>Log this dose as taken on %1</source>
            <translation>تسجيل هذه الجرعة على أنها أُخذت في %1</translation>
        </message>
        <message>
            <source>Log this dose as taken now</source>
            <translation>تسجيل هذه الجرعة على أنها أُخذت الآن</translation>
        </message>
        <message>
            <source>Time for your dose: %1.</source>
            <translation>حان موعد جرعتك: %1.</translation>
        </message>
        <message>
            <source>Your dose planned for %1 is still due: %2.</source>
            <translation>جرعتك المخططة في %1 ما زالت مستحقة: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n planned doses were not logged while the program was closed; the last was due on %1: %2.</source>
            <translation>
                <numerusform>لم تُسجَّل %n جرعة مخططة أثناء إغلاق البرنامج؛ كانت آخرها مستحقة يوم %1: %2.</numerusform>
                <numerusform>لم تُسجَّل جرعة واحدة مخططة أثناء إغلاق البرنامج؛ وكانت مستحقة يوم %1: %2.</numerusform>
                <numerusform>لم تُسجَّل جرعتان مخططتان أثناء إغلاق البرنامج؛ كانت آخرها مستحقة يوم %1: %2.</numerusform>
                <numerusform>لم تُسجَّل %n جرعات مخططة أثناء إغلاق البرنامج؛ كانت آخرها مستحقة يوم %1: %2.</numerusform>
                <numerusform>لم تُسجَّل %n جرعةً مخططة أثناء إغلاق البرنامج؛ كانت آخرها مستحقة يوم %1: %2.</numerusform>
                <numerusform>لم تُسجَّل %n جرعة مخططة أثناء إغلاق البرنامج؛ كانت آخرها مستحقة يوم %1: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>You had a dose due yesterday that was not logged: %1.</source>
            <translation>كانت لديك جرعة مستحقة أمس لم تُسجَّل: %1.</translation>
        </message>
        <message>
            <source>You had a dose due on %1 that was not logged: %2.</source>
            <translation>كانت لديك جرعة مستحقة يوم %1 لم تُسجَّل: %2.</translation>
        </message>
        <message>
            <source>Time to fill in today's diary.</source>
            <translation>حان وقت ملء يوميات اليوم.</translation>
        </message>
        <message numerus="yes">
            <source>The diary was not filled in on %n days while the program was closed; the last was %1.</source>
            <translation>
                <numerusform>لم تُملأ اليوميات في %n يوم أثناء إغلاق البرنامج؛ وكان آخرها %1.</numerusform>
                <numerusform>لم تُملأ اليوميات في يوم واحد أثناء إغلاق البرنامج؛ وكان ذلك في %1.</numerusform>
                <numerusform>لم تُملأ اليوميات في يومين أثناء إغلاق البرنامج؛ وكان آخرها %1.</numerusform>
                <numerusform>لم تُملأ اليوميات في %n أيام أثناء إغلاق البرنامج؛ وكان آخرها %1.</numerusform>
                <numerusform>لم تُملأ اليوميات في %n يومًا أثناء إغلاق البرنامج؛ وكان آخرها %1.</numerusform>
                <numerusform>لم تُملأ اليوميات في %n يوم أثناء إغلاق البرنامج؛ وكان آخرها %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>You did not fill in the diary yesterday.</source>
            <translation>لم تملأ اليوميات أمس.</translation>
        </message>
        <message>
            <source>You did not fill in the diary on %1.</source>
            <translation>لم تملأ اليوميات في %1.</translation>
        </message>
    </context>
    <context>
        <name>ReminderOptions</name>
        <message>
            <source>Remind me to fill in the &amp;diary every day at:</source>
            <translation>ذكّرني بملء ال&amp;يوميات كل يوم الساعة:</translation>
        </message>
        <message>
            <source>Time of the diary reminder</source>
            <translation>وقت تذكير اليوميات</translation>
        </message>
        <message>
            <source>Remind me of &amp;doses due, from:</source>
            <translation>ذكّرني بال&amp;جرعات المستحقة، ابتداءً من:</translation>
        </message>
        <message>
            <source>Time of the dose reminders</source>
            <translation>وقت تذكيرات الجرعات</translation>
        </message>
        <message>
            <source>&amp;Start Symptom Diary when I log in</source>
            <translation>&amp;شغّل يوميات الأعراض عند تسجيل دخولي</translation>
        </message>
        <message>
            <source>Reminders show while the program is open, at the top of the window and, where the desktop has a notification area, as a notification. A reminder that fell due while the program was closed is shown the next time it starts.</source>
            <translation>تظهر التذكيرات أثناء فتح البرنامج، في أعلى النافذة، وكإشعار حيث يوفر سطح المكتب منطقة للإشعارات. التذكير الذي حان موعده أثناء إغلاق البرنامج يظهر عند تشغيله في المرة التالية.</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>التشغيل عند تسجيل الدخول</translation>
        </message>
        <message>
            <source>The start-at-login setting could not be changed: %1</source>
            <translation>تعذر تغيير إعداد التشغيل عند تسجيل الدخول: %1</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Appendix: the daily log</source>
            <translation>ملحق: السجل اليومي</translation>
        </message>
        <message>
            <source>All laboratory results in the period</source>
            <translation>جميع نتائج التحاليل في الفترة</translation>
        </message>
        <message>
            <source>Scores from 0 (none) to 10 (worst) for the left (L) and the right (R) leg, as recorded.</source>
            <translation>الدرجات من ٠ (لا شيء) إلى ١٠ (الأسوأ) للساق اليسرى (يسرى) والساق اليمنى (يمنى)، كما سُجِّلت.</translation>
        </message>
        <message>
            <source>Gait: 0 normal, 4 cannot walk unaided.</source>
            <translation>المشي: ٠ طبيعي، ٤ عاجز عن المشي دون مساعدة.</translation>
        </message>
        <message>
            <source>No day was logged in this period.</source>
            <translation>لم يُسجَّل أي يوم في هذه الفترة.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Back pain</source>
            <translation>ألم الظهر</translation>
        </message>
        <message>
            <source>Gait</source>
            <translation>المشي</translation>
        </message>
        <message>
            <source>Falls</source>
            <translation>السقطات</translation>
        </message>
        <message>
            <source>Red flag</source>
            <translation>علامة خطر</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>The patient's notes, in full</source>
            <translation>ملاحظات المريض كاملةً</translation>
        </message>
        <message>
            <source>below</source>
            <translation>أدناه</translation>
        </message>
        <message>
            <source>%1 (marked: ask the doctor)</source>
            <translation>%1 (مُعلَّمة: للسؤال عند الطبيب)</translation>
        </message>
        <message>
            <source>Tingling</source>
            <translation>الوخز</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>الخدر</translation>
        </message>
        <message>
            <source>Burning</source>
            <translation>الحرقان</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>الألم</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>الضعف</translation>
        </message>
        <message>
            <source>Symptom diary of %1, %2 to %3</source>
            <translation>يوميات أعراض %1، من %2 إلى %3</translation>
        </message>
        <message>
            <source>Symptom diary, %1 to %2</source>
            <translation>يوميات الأعراض، من %1 إلى %2</translation>
        </message>
        <message>
            <source>Symptom diary summary</source>
            <translation>ملخص يوميات الأعراض</translation>
        </message>
        <message>
            <source>The evidence: charts, laboratory results and questions</source>
            <translation>الأدلة: المخططات ونتائج التحاليل والأسئلة</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Self-reported diary, not a diagnosis</source>
            <translation>يوميات يسجلها المريض بنفسه، وليست تشخيصًا</translation>
        </message>
        <message>
            <source>Laboratory results</source>
            <translation>نتائج التحاليل</translation>
        </message>
        <message>
            <source>No laboratory result was entered for this period.</source>
            <translation>لم تُدخَل أي نتيجة تحليل لهذه الفترة.</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>التحليل</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Reference range</source>
            <translation>المدى المرجعي</translation>
        </message>
        <message>
            <source>Outside range?</source>
            <translation>خارج المدى؟</translation>
        </message>
        <message>
            <source>LOW, below range</source>
            <translation>منخفض، دون المدى</translation>
        </message>
        <message>
            <source>HIGH, above range</source>
            <translation>مرتفع، فوق المدى</translation>
        </message>
        <message>
            <source>within range</source>
            <translation>ضمن المدى</translation>
        </message>
        <message>
            <source>no range given</source>
            <translation>لم يُذكر مدى</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>%1 على الأقل</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>%1 على الأكثر</translation>
        </message>
        <message numerus="yes">
            <source>%n older results not shown here.</source>
            <translation>
                <numerusform>%n نتيجة أقدم لا تظهر هنا.</numerusform>
                <numerusform>نتيجة واحدة أقدم لا تظهر هنا.</numerusform>
                <numerusform>نتيجتان أقدم لا تظهران هنا.</numerusform>
                <numerusform>%n نتائج أقدم لا تظهر هنا.</numerusform>
                <numerusform>%n نتيجةً أقدم لا تظهر هنا.</numerusform>
                <numerusform>%n نتيجة أقدم لا تظهر هنا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older results: see the appendix.</source>
            <translation>
                <numerusform>%n نتيجة أقدم: انظر الملحق.</numerusform>
                <numerusform>نتيجة واحدة أقدم: انظر الملحق.</numerusform>
                <numerusform>نتيجتان أقدم: انظر الملحق.</numerusform>
                <numerusform>%n نتائج أقدم: انظر الملحق.</numerusform>
                <numerusform>%n نتيجةً أقدم: انظر الملحق.</numerusform>
                <numerusform>%n نتيجة أقدم: انظر الملحق.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes the patient marked "ask my doctor"</source>
            <translation>ملاحظات علّمها المريض «أريد سؤال طبيبي»</translation>
        </message>
        <message>
            <source>No note was marked "ask my doctor" in this period.</source>
            <translation>لم تُعلَّم أي ملاحظة «أريد سؤال طبيبي» في هذه الفترة.</translation>
        </message>
        <message numerus="yes">
            <source>%n older marked notes not shown here.</source>
            <translation>
                <numerusform>%n ملاحظة مُعلَّمة أقدم لا تظهر هنا.</numerusform>
                <numerusform>ملاحظة مُعلَّمة واحدة أقدم لا تظهر هنا.</numerusform>
                <numerusform>ملاحظتان مُعلَّمتان أقدم لا تظهران هنا.</numerusform>
                <numerusform>%n ملاحظات مُعلَّمة أقدم لا تظهر هنا.</numerusform>
                <numerusform>%n ملاحظةً مُعلَّمة أقدم لا تظهر هنا.</numerusform>
                <numerusform>%n ملاحظة مُعلَّمة أقدم لا تظهر هنا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older marked notes: see the appendix.</source>
            <translation>
                <numerusform>%n ملاحظة مُعلَّمة أقدم: انظر الملحق.</numerusform>
                <numerusform>ملاحظة مُعلَّمة واحدة أقدم: انظر الملحق.</numerusform>
                <numerusform>ملاحظتان مُعلَّمتان أقدم: انظر الملحق.</numerusform>
                <numerusform>%n ملاحظات مُعلَّمة أقدم: انظر الملحق.</numerusform>
                <numerusform>%n ملاحظةً مُعلَّمة أقدم: انظر الملحق.</numerusform>
                <numerusform>%n ملاحظة مُعلَّمة أقدم: انظر الملحق.</numerusform>
            </translation>
        </message>
        <message>
            <source>(shortened)</source>
            <translation>(مختصرة)</translation>
        </message>
        <message>
            <source>(shortened; the appendix has the full note)</source>
            <translation>(مختصرة؛ الملاحظة كاملة في الملحق)</translation>
        </message>
        <message>
            <source>Onset</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Sensation</source>
            <translation>الإحساس</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>Associated</source>
            <translation>المصاحبات</translation>
        </message>
        <message>
            <source>B12 neuropathy</source>
            <translation>الاعتلال العصبي بنقص ب١٢</translation>
        </message>
        <message>
            <source>Diabetic neuropathy</source>
            <translation>الاعتلال العصبي السكري</translation>
        </message>
        <message>
            <source>Sciatica</source>
            <translation>عرق النسا</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>What the diary shows</source>
            <translation>ما تُظهره اليوميات</translation>
        </message>
        <message>
            <source>agrees</source>
            <translation>يتوافق</translation>
        </message>
        <message>
            <source>The diary beside the three causes the reference documents compare</source>
            <translation>اليوميات إلى جانب الأسباب الثلاثة التي تقارن بينها الوثائق المرجعية</translation>
        </message>
        <message>
            <source>"agrees" means the diary shows what that column describes; it does not make a diagnosis.</source>
            <translation>«يتوافق» يعني أن اليوميات تُظهر ما يصفه ذلك العمود؛ وهذا ليس تشخيصًا.</translation>
        </message>
        <message numerus="yes">
            <source>Days logged: %1 of the %n days in the period.</source>
            <translation>
                <numerusform>الأيام المسجلة: %1 من أصل %n يوم في الفترة.</numerusform>
                <numerusform>الأيام المسجلة: %1 من أصل يوم واحد في الفترة.</numerusform>
                <numerusform>الأيام المسجلة: %1 من أصل يومين في الفترة.</numerusform>
                <numerusform>الأيام المسجلة: %1 من أصل %n أيام في الفترة.</numerusform>
                <numerusform>الأيام المسجلة: %1 من أصل %n يومًا في الفترة.</numerusform>
                <numerusform>الأيام المسجلة: %1 من أصل %n يوم في الفترة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Average score (0 none to 10 worst) on the logged days of the first and the last %n days.</source>
            <translation>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول %n يوم ومن آخرها.</numerusform>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول يوم ومن آخر يوم.</numerusform>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول يومين ومن آخر يومين.</numerusform>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول %n أيام ومن آخرها.</numerusform>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول %n يومًا ومن آخرها.</numerusform>
                <numerusform>متوسط الدرجة (٠ لا شيء إلى ١٠ الأسوأ) في الأيام المسجلة من أول %n يوم ومن آخرها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>B12 started on %6, %7 weeks before the last logged day. Before B12: %1 to %2 (%3 logged days); since B12, latest weeks: %4 to %5 (%n logged days).</source>
            <translation>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (%n يوم مسجل).</numerusform>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (يوم واحد مسجل).</numerusform>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (يومين مسجلين).</numerusform>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (%n أيام مسجلة).</numerusform>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (%n يومًا مسجلًا).</numerusform>
                <numerusform>بدأ ب١٢ في %6، قبل %7 أسبوعًا من آخر يوم مسجل. قبل ب١٢: من %1 إلى %2 (%3 من الأيام المسجلة)؛ منذ ب١٢، الأسابيع الأخيرة: من %4 إلى %5 (%n يوم مسجل).</numerusform>
            </translation>
        </message>
        <message>
            <source>Before B12</source>
            <translation>قبل ب١٢</translation>
        </message>
        <message>
            <source>Since B12</source>
            <translation>منذ ب١٢</translation>
        </message>
        <message numerus="yes">
            <source>First %n days</source>
            <translation>
                <numerusform>أول %n يوم</numerusform>
                <numerusform>اليوم الأول</numerusform>
                <numerusform>أول يومين</numerusform>
                <numerusform>أول %n أيام</numerusform>
                <numerusform>أول %n يومًا</numerusform>
                <numerusform>أول %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>آخر %n يوم</numerusform>
                <numerusform>اليوم الأخير</numerusform>
                <numerusform>آخر يومين</numerusform>
                <numerusform>آخر %n أيام</numerusform>
                <numerusform>آخر %n يومًا</numerusform>
                <numerusform>آخر %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Change</source>
            <translation>التغير</translation>
        </message>
        <message>
            <source>Leg symptom diary: summary for the doctor</source>
            <translation>يوميات أعراض الساقين: ملخص للطبيب</translation>
        </message>
        <message>
            <source>Patient: %1</source>
            <translation>المريض: %1</translation>
        </message>
        <message>
            <source>Patient: %1, born %2</source>
            <translation>المريض: %1، تاريخ الميلاد %2</translation>
        </message>
        <message>
            <source>No day was logged in this period: the figures and charts below are empty.</source>
            <translation>لم يُسجَّل أي يوم في هذه الفترة: الأرقام والمخططات أدناه فارغة.</translation>
        </message>
        <message numerus="yes">
            <source>Period: %1 to %2 (%n days)</source>
            <translation>
                <numerusform>الفترة: من %1 إلى %2 (%n يوم)</numerusform>
                <numerusform>الفترة: من %1 إلى %2 (يوم واحد)</numerusform>
                <numerusform>الفترة: من %1 إلى %2 (يومان)</numerusform>
                <numerusform>الفترة: من %1 إلى %2 (%n أيام)</numerusform>
                <numerusform>الفترة: من %1 إلى %2 (%n يومًا)</numerusform>
                <numerusform>الفترة: من %1 إلى %2 (%n يوم)</numerusform>
            </translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>أُعدّ في %1</translation>
        </message>
        <message>
            <source>Self-reported diary, not a diagnosis: the patient recorded these symptoms at home.</source>
            <translation>يوميات يسجلها المريض بنفسه، وليست تشخيصًا: سجّل المريض هذه الأعراض في المنزل.</translation>
        </message>
        <message>
            <source>RED FLAG: warning signs that need urgent medical attention (NICE)</source>
            <translation>علامة إنذار: علامات تحتاج إلى عناية طبية عاجلة (NICE)</translation>
        </message>
        <message numerus="yes">
            <source>On %n days in this period the patient ticked a warning sign that needs care the same day:</source>
            <translation>
                <numerusform>في %n يوم من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
                <numerusform>في يوم واحد من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
                <numerusform>في يومين من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
                <numerusform>في %n أيام من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
                <numerusform>في %n يومًا من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
                <numerusform>في %n يوم من هذه الفترة حدّد المريض علامة خطر تحتاج إلى رعاية في اليوم نفسه:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1؛ %2</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>أرقام رئيسية</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>لمحة سريعة</translation>
        </message>
        <message>
            <source>L</source>
            <translation>يسرى</translation>
        </message>
        <message>
            <source>R</source>
            <translation>يمنى</translation>
        </message>
        <message>
            <source>numbness around the back passage or genitals (saddle area)</source>
            <translation>خدر حول فتحة الشرج أو الأعضاء التناسلية (منطقة السرج)</translation>
        </message>
        <message>
            <source>new trouble passing urine, or bladder or bowel leaks</source>
            <translation>صعوبة جديدة في التبول، أو تسرب من المثانة أو الأمعاء</translation>
        </message>
        <message>
            <source>weakness in one or both legs getting quickly worse</source>
            <translation>ضعف في ساق واحدة أو في الساقين يزداد سوءًا بسرعة</translation>
        </message>
        <message>
            <source>sudden foot drop</source>
            <translation>سقوط القدم المفاجئ</translation>
        </message>
        <message>
            <source>changed sensation in the genitals or in sexual function</source>
            <translation>تغيّر الإحساس في الأعضاء التناسلية أو في الوظيفة الجنسية</translation>
        </message>
        <message>
            <source>Vitamin B12 (serum)</source>
            <translation>فيتامين ب١٢ (في المصل)</translation>
        </message>
        <message>
            <source>Methylmalonic acid (MMA)</source>
            <translation>حمض الميثيل مالونيك (MMA)</translation>
        </message>
        <message>
            <source>Homocysteine</source>
            <translation>الهوموسيستين</translation>
        </message>
        <message>
            <source>Folate</source>
            <translation>الفولات</translation>
        </message>
        <message>
            <source>Haemoglobin</source>
            <translation>الهيموغلوبين</translation>
        </message>
        <message>
            <source>Mean cell volume (MCV)</source>
            <translation>متوسط حجم الكرية الحمراء (MCV)</translation>
        </message>
        <message>
            <source>HbA1c</source>
            <translation>الهيموغلوبين السكري (HbA1c)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Report from</source>
            <translation>التقرير من</translation>
        </message>
        <message>
            <source>Report to</source>
            <translation>التقرير إلى</translation>
        </message>
        <message>
            <source>Add the daily log with every note in full (appendix)</source>
            <translation>إضافة السجل اليومي مع كل الملاحظات كاملةً (ملحق)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;حفظ PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Open in viewer</source>
            <translation>&amp;فتح في العارض</translation>
        </message>
        <message>
            <source>Make the PDF and open it in your PDF viewer</source>
            <translation>إنشاء ملف PDF وفتحه في عارض PDF لديك</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>جارٍ تحضير المعاينة</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;من:</translation>
        </message>
        <message>
            <source>&amp;Language of the report:</source>
            <translation>&amp;لغة التقرير:</translation>
        </message>
        <message>
            <source>Pre&amp;view of the report:</source>
            <translation>م&amp;عاينة التقرير:</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>جارٍ إعداد التقرير…</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>حفظ التقرير بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF ‏(*.pdf)</translation>
        </message>
        <message>
            <source>The report was sent to the printer</source>
            <translation>أُرسل التقرير إلى الطابعة</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>حُفظ التقرير: %1</translation>
        </message>
        <message numerus="yes">
            <source>The report (%n pages) was saved to:
%1</source>
            <translation>
                <numerusform>حُفظ التقرير (%n صفحة) في:
%1</numerusform>
                <numerusform>حُفظ التقرير (صفحة واحدة) في:
%1</numerusform>
                <numerusform>حُفظ التقرير (صفحتان) في:
%1</numerusform>
                <numerusform>حُفظ التقرير (%n صفحات) في:
%1</numerusform>
                <numerusform>حُفظ التقرير (%n صفحةً) في:
%1</numerusform>
                <numerusform>حُفظ التقرير (%n صفحة) في:
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>حُفظ التقرير</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <source>The preview could not be drawn: %1</source>
            <translation>تعذر رسم المعاينة: %1</translation>
        </message>
        <message>
            <source>The report could not be made; no file was written.
%1
Try another folder or again.</source>
            <translation>تعذر إعداد التقرير؛ لم يُكتب أي ملف.
%1
جرّب مجلدًا آخر أو أعد المحاولة.</translation>
        </message>
        <message>
            <source>Report not made</source>
            <translation>لم يُعدّ التقرير</translation>
        </message>
        <message numerus="yes">
            <source>The preview shows the first %1 of the report's %n pages; the PDF has them all.</source>
            <translation>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة %n صفحة؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة صفحة واحدة؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة صفحتين؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة %n صفحات؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة %n صفحةً؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
                <numerusform>تعرض المعاينة أول %1 من صفحات التقرير البالغة %n صفحة؛ أما ملف PDF ففيه كل الصفحات.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoreInput</name>
        <message>
            <source>Type a number from 0 to 9; for 10 type 1 then 0 quickly, or press End. Left and right arrows choose a cell beside it; up and down arrows go to another feeling; 0, Home or Delete means none. Alt with a number sets both legs; = keeps both legs the same.</source>
            <translation>اكتب رقمًا من ٠ إلى ٩؛ وللرقم ١٠ اكتب ١ ثم ٠ بسرعة، أو اضغط End. يختار السهمان الأيسر والأيمن الخانة المجاورة؛ وينقل السهمان الأعلى والأسفل إلى إحساس آخر؛ و٠ أو Home أو Delete تعني لا شيء. Alt مع رقم يضبط الساقين كلتيهما؛ و= يُبقي الساقين متساويتين.</translation>
        </message>
        <message>
            <source>Type a number from 0 to %1, or use the left and right arrow keys.</source>
            <translation>اكتب رقمًا من ٠ إلى %1، أو استخدم السهمين الأيسر والأيمن.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>مثل النظام (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Arabic-Indic digits (٠١٢٣) in Arabic</source>
            <translation>الأرقام العربية المشرقية (٠١٢٣) في العربية</translation>
        </message>
        <message>
            <source>Off: Western digits (0123) in Arabic too</source>
            <translation>عند الإيقاف: أرقام غربية (0123) في العربية أيضًا</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 ٪</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>High contrast (black on white)</source>
            <translation>تباين عالٍ (أسود على أبيض)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;حجم النص:</translation>
        </message>
        <message>
            <source>A new language or digit style is used after the program restarts.</source>
            <translation>تُستخدم اللغة الجديدة أو نمط الأرقام الجديد بعد إعادة تشغيل البرنامج.</translation>
        </message>
    </context>
    <context>
        <name>StartupChecks</name>
        <message>
            <source>Symptom Diary</source>
            <translation>يوميات الأعراض</translation>
        </message>
        <message>
            <source>The diary cannot be opened now: %1</source>
            <translation>لا يمكن فتح اليوميات الآن: %1</translation>
        </message>
        <message>
            <source>Where the diary is kept</source>
            <translation>مكان حفظ اليوميات</translation>
        </message>
        <message>
            <source>The diary needs attention</source>
            <translation>اليوميات تحتاج إلى انتباه</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Start an empty diary</source>
            <translation>بدء يوميات فارغة</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1</source>
            <translation>تعذرت استعادة النسخة الاحتياطية: %1</translation>
        </message>
    </context>
    <context>
        <name>StorageWriteError</name>
        <message>
            <source>The disk is full, so this change was not saved. Free some space and save again; the diary itself is unchanged.</source>
            <translation>القرص ممتلئ، لذا لم يُحفظ هذا التغيير. أفرغ بعض المساحة واحفظ مرة أخرى؛ اليوميات نفسها لم تتغير.</translation>
        </message>
        <message>
            <source>The diary's file or folder is read-only, so this change was not saved. The diary itself is unchanged.</source>
            <translation>ملف اليوميات أو مجلدها للقراءة فقط، لذا لم يُحفظ هذا التغيير. اليوميات نفسها لم تتغير.</translation>
        </message>
        <message>
            <source>Another program is using the diary, so this change was not saved. Close it, or wait a moment, and save again; the diary itself is unchanged.</source>
            <translation>برنامج آخر يستخدم اليوميات، لذا لم يُحفظ هذا التغيير. أغلقه أو انتظر لحظة، ثم احفظ مرة أخرى؛ اليوميات نفسها لم تتغير.</translation>
        </message>
        <message>
            <source>The diary file is damaged, so this change was not saved. Restart the program to check the diary and restore a backup.</source>
            <translation>ملف اليوميات تالف، لذا لم يُحفظ هذا التغيير. أعد تشغيل البرنامج لفحص اليوميات واستعادة نسخة احتياطية.</translation>
        </message>
        <message>
            <source>The disk reported an error, so this change was not saved. Check the disk and save again; the diary itself is unchanged.</source>
            <translation>أبلغ القرص عن خطأ، لذا لم يُحفظ هذا التغيير. افحص القرص واحفظ مرة أخرى؛ اليوميات نفسها لم تتغير.</translation>
        </message>
    </context>
    <context>
        <name>SymptomSection</name>
        <message>
            <source>How strong is each feeling today? (0 means none, 10 the worst)</source>
            <translation>ما شدة كل إحساس اليوم؟ (٠ تعني لا شيء، و١٠ الأسوأ)</translation>
        </message>
        <message>
            <source>Keys: type a number to set a score; left and right arrows choose a cell beside it; up and down arrows go to the feeling above or below.</source>
            <translation>المفاتيح: اكتب رقمًا لضبط الشدة؛ يختار السهمان الأيسر والأيمن الخانة المجاورة؛ وينقل السهمان الأعلى والأسفل إلى الإحساس السابق أو التالي.</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>الساق اليسرى</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>الساق اليمنى</translation>
        </message>
        <message>
            <source>= Same for both legs</source>
            <translation>= نفس الشدة في الساقين</translation>
        </message>
        <message>
            <source>Keep both legs at the same value for this feeling. By keyboard: press = or Alt with a number.</source>
            <translation>إبقاء الساقين على القيمة نفسها لهذا الإحساس. بلوحة المفاتيح: اضغط = أو Alt مع رقم.</translation>
        </message>
        <message>
            <source>Same for both legs: %1</source>
            <translation>نفس الشدة في الساقين: %1</translation>
        </message>
        <message>
            <source>Pain is in: both legs.</source>
            <translation>الألم في: الساقين كلتيهما.</translation>
        </message>
        <message>
            <source>Pain is in: the left leg only.</source>
            <translation>الألم في: الساق اليسرى فقط.</translation>
        </message>
        <message>
            <source>Pain is in: the right leg only.</source>
            <translation>الألم في: الساق اليمنى فقط.</translation>
        </message>
        <message>
            <source>Pain is in: neither leg.</source>
            <translation>لا ألم في أي من الساقين.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentErrors</name>
        <message>
            <source>%1: please fill this in.</source>
            <translation>%1: يُرجى ملء هذا الحقل.</translation>
        </message>
        <message>
            <source>%1 must be more than 0.</source>
            <translation>يجب أن يكون %1 أكبر من ٠.</translation>
        </message>
        <message>
            <source>%1 must not be before the start date.</source>
            <translation>يجب ألا يكون %1 قبل تاريخ البدء.</translation>
        </message>
        <message>
            <source>%1 must not be above the upper limit of the range.</source>
            <translation>يجب ألا يكون %1 أعلى من الحد الأعلى للمدى.</translation>
        </message>
        <message>
            <source>%1 is too long.</source>
            <translation>%1 طويل جدًا.</translation>
        </message>
        <message>
            <source>%1 is outside the allowed range.</source>
            <translation>%1 خارج المدى المسموح.</translation>
        </message>
        <message>
            <source>%1 is not valid.</source>
            <translation>%1 غير صالح.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentLabels</name>
        <message>
            <source>injection</source>
            <translation>حقنة</translation>
        </message>
        <message>
            <source>tablet or capsule (oral)</source>
            <translation>قرص أو كبسولة (بالفم)</translation>
        </message>
        <message>
            <source>under the tongue (sublingual)</source>
            <translation>تحت اللسان</translation>
        </message>
        <message>
            <source>nasal spray</source>
            <translation>بخاخ أنفي</translation>
        </message>
        <message>
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>cyanocobalamin</source>
            <translation>سيانوكوبالامين</translation>
        </message>
        <message>
            <source>hydroxocobalamin</source>
            <translation>هيدروكسوكوبالامين</translation>
        </message>
        <message>
            <source>methylcobalamin</source>
            <translation>ميثيل كوبالامين</translation>
        </message>
        <message>
            <source>adenosylcobalamin</source>
            <translation>أدينوسيل كوبالامين</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>لم يُسجَّل</translation>
        </message>
        <message>
            <source>left arm</source>
            <translation>الذراع اليسرى</translation>
        </message>
        <message>
            <source>right arm</source>
            <translation>الذراع اليمنى</translation>
        </message>
        <message>
            <source>left thigh</source>
            <translation>الفخذ الأيسر</translation>
        </message>
        <message>
            <source>right thigh</source>
            <translation>الفخذ الأيمن</translation>
        </message>
        <message>
            <source>left buttock</source>
            <translation>الألية اليسرى</translation>
        </message>
        <message>
            <source>right buttock</source>
            <translation>الألية اليمنى</translation>
        </message>
        <message>
            <source>µg</source>
            <translation>مكغ</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>ملغ</translation>
        </message>
        <message>
            <source>ml</source>
            <translation>مل</translation>
        </message>
        <message>
            <source>tablets</source>
            <translation>قرص</translation>
        </message>
        <message numerus="yes">
            <source>%n tablets</source>
            <translation>
                <numerusform>%n قرص</numerusform>
                <numerusform>قرص واحد</numerusform>
                <numerusform>قرصان</numerusform>
                <numerusform>%n أقراص</numerusform>
                <numerusform>%n قرصًا</numerusform>
                <numerusform>%n قرص</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of a tablet</source>
            <translation>%1 من القرص</translation>
        </message>
        <message>
            <source>Vitamin B12</source>
            <translation>فيتامين ب١٢</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1، %2، %3</translation>
        </message>
        <message>
            <source>%1, %2, %3 (%4)</source>
            <translation>%1، %2، %3 (%4)</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>كل يوم</translation>
        </message>
        <message numerus="yes">
            <source>every %n days</source>
            <translation>
                <numerusform>كل %n يوم</numerusform>
                <numerusform>كل يوم</numerusform>
                <numerusform>كل يومين</numerusform>
                <numerusform>كل %n أيام</numerusform>
                <numerusform>كل %n يومًا</numerusform>
                <numerusform>كل %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Vitamin B12 (serum)</source>
            <translation>فيتامين ب١٢ (في المصل)</translation>
        </message>
        <message>
            <source>Methylmalonic acid (MMA)</source>
            <translation>حمض الميثيل مالونيك (MMA)</translation>
        </message>
        <message>
            <source>Homocysteine</source>
            <translation>الهوموسيستين</translation>
        </message>
        <message>
            <source>Folate (folic acid)</source>
            <translation>الفولات (حمض الفوليك)</translation>
        </message>
        <message>
            <source>Hemoglobin</source>
            <translation>الهيموغلوبين</translation>
        </message>
        <message>
            <source>Mean cell volume (MCV)</source>
            <translation>متوسط حجم الكرية الحمراء (MCV)</translation>
        </message>
        <message>
            <source>HbA1c (long-term blood sugar)</source>
            <translation>الهيموغلوبين السكري HbA1c (سكر الدم على المدى الطويل)</translation>
        </message>
    </context>
    <context>
        <name>TreatmentPage</name>
        <message>
            <source>Treatment</source>
            <translation>العلاج</translation>
        </message>
        <message>
            <source>&amp;Doses</source>
            <translation>ال&amp;جرعات</translation>
        </message>
        <message>
            <source>&amp;Plans and adherence</source>
            <translation>ال&amp;خطط العلاجية والالتزام</translation>
        </message>
        <message>
            <source>Lab &amp;results</source>
            <translation>نتائج ال&amp;تحاليل</translation>
        </message>
        <message>
            <source>Re&amp;minders</source>
            <translation>الت&amp;ذكيرات</translation>
        </message>
        <message>
            <source>Period &amp;from:</source>
            <translation>الفترة &amp;من:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>إ&amp;لى:</translation>
        </message>
    </context>
    <context>
        <name>TreatmentPanel</name>
        <message>
            <source>Doses</source>
            <translation>الجرعات</translation>
        </message>
        <message>
            <source>Plans and adherence</source>
            <translation>الخطط العلاجية والالتزام</translation>
        </message>
        <message>
            <source>Lab results</source>
            <translation>نتائج التحاليل</translation>
        </message>
    </context>
    <context>
        <name>WalkingSection</name>
        <message>
            <source>Walking</source>
            <translation>المشي</translation>
        </message>
        <message>
            <source>Walking today, 0 to 4</source>
            <translation>المشي اليوم، من ٠ إلى ٤</translation>
        </message>
        <message>
            <source>Walking today</source>
            <translation>المشي اليوم</translation>
        </message>
        <message>
            <source>Falls today</source>
            <translation>السقطات اليوم</translation>
        </message>
        <message>
            <source>Timed 10-metre walk</source>
            <translation>المشي لمسافة ١٠ أمتار مع التوقيت</translation>
        </message>
        <message>
            <source>not timed</source>
            <translation>بدون توقيت</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> ثانية</translation>
        </message>
        <message>
            <source>Timed 10-metre walk in seconds</source>
            <translation>المشي لمسافة ١٠ أمتار مع التوقيت بالثواني</translation>
        </message>
        <message>
            <source>Optional: how many seconds you took to walk 10 metres. Leave at “not timed” if you did not time it.</source>
            <translation>اختياري: كم ثانية استغرقت لتمشي ١٠ أمتار. اتركه «بدون توقيت» إذا لم تقس الوقت.</translation>
        </message>
    </context>
</TS>
