<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcceptRiskDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="188"/>
        <source>Accept as a known risk</source>
        <translation>قبول كخطر معروف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="194"/>
        <source>Why the plan accepts this risk (who decided, what mitigates it):</source>
        <translation>لماذا تقبل الخطة هذا الخطر (من قرر ذلك، وما الذي يخفف منه):</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="198"/>
        <source>Justification</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="204"/>
        <source>&amp;Accept risk</source>
        <translation>&amp;قبول الخطر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="212"/>
        <source>Say why the risk is accepted: the justification is required.</source>
        <translation>اذكر سبب قبول الخطر: المبرر مطلوب.</translation>
    </message>
</context>
<context>
    <name>ActorHandoverTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="126"/>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="127"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="128"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="129"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="130"/>
        <source>Starts</source>
        <translation>يبدأ</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="23"/>
        <source>Not a successor</source>
        <translation>ليس خلفًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="25"/>
        <source>Party to the conflict</source>
        <translation>طرف في النزاع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="31"/>
        <source>Actors of this type cannot take over protection capacities (e.g. private military companies).</source>
        <translation>لا يمكن للجهات الفاعلة من هذا النوع تولي قدرات الحماية (مثل الشركات العسكرية الخاصة).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="35"/>
        <source>Actors of this type may themselves harm civilians: do not hand them independent monitoring, and check safeguards before any handover.</source>
        <translation>قد تلحق الجهات الفاعلة من هذا النوع نفسها الأذى بالمدنيين: لا تسند إليها الرصد المستقل، وتحقق من الضمانات قبل أي تسليم.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="44"/>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="52"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="53"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="54"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="55"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="56"/>
        <source>Taking over</source>
        <translation>تتولى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="57"/>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="58"/>
        <source>Present in</source>
        <translation>حاضرة في</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="97"/>
        <source>Average of every readiness score (1-5) given to this actor&apos;s handovers</source>
        <translation>متوسط كل درجات الجاهزية (1-5) الممنوحة لعمليات التسليم إلى هذه الجهة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="113"/>
        <source>Actor types that raise risks: parties to the conflict, non-successors</source>
        <translation>أنواع الجهات الفاعلة التي تثير مخاطر: أطراف النزاع، والجهات التي ليست خلفًا</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="80"/>
        <source>Search actors by name or acronym</source>
        <translation>البحث عن الجهات الفاعلة بالاسم أو الاختصار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="81"/>
        <source>Search actors</source>
        <translation>البحث عن الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="82"/>
        <source>Show only actors whose name or acronym contains this</source>
        <translation>عرض الجهات التي يحتوي اسمها أو اختصارها على هذا النص فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="84"/>
        <source>Actor type filter</source>
        <translation>تصفية حسب نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="85"/>
        <source>Show only actors of one type</source>
        <translation>عرض الجهات الفاعلة من نوع واحد فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="86"/>
        <source>Only risky types</source>
        <translation>الأنواع الخطرة فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="88"/>
        <source>Show only actor types that raise risks (parties to the conflict, non-successors)</source>
        <translation>عرض أنواع الجهات التي تثير مخاطر فقط (أطراف النزاع، والجهات التي ليست خلفًا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="96"/>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="97"/>
        <source>Select an actor to see and edit it; click a column title to sort</source>
        <translation>اختر جهة فاعلة لعرضها وتعديلها؛ انقر على عنوان عمود للفرز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="120"/>
        <source>Risk of this actor type</source>
        <translation>خطر هذا النوع من الجهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="124"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="124"/>
        <source>e.g. UNICEF</source>
        <translation>مثال: اليونيسف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="125"/>
        <source>The organisation&apos;s full name (required)</source>
        <translation>الاسم الكامل للمنظمة (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="126"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="127"/>
        <source>Short name used in the matrix and reports</source>
        <translation>الاسم المختصر المستخدم في المصفوفة والتقارير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="128"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="129"/>
        <source>What kind of organisation; types marked ⚠ raise risks</source>
        <translation>نوع المنظمة؛ الأنواع المعلَّمة بـ ⚠ تثير مخاطر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="132"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="133"/>
        <source>Mandate, reach and anything a planner should know</source>
        <translation>الولاية والنطاق وكل ما ينبغي أن يعرفه المخطِّط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="134"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="135"/>
        <source>People and numbers: usually sensitive</source>
        <translation>الأشخاص والأرقام: حساسة عادةً</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="136"/>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="136"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>استبعاد من صادرات المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="138"/>
        <source>A sensitive actor is left out of exports for clusters and donors</source>
        <translation>تُستبعد الجهة الحساسة من الصادرات الموجهة إلى المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="177"/>
        <location filename="../../transition_planner/ui/pages/actors.py" line="259"/>
        <source>New actor</source>
        <translation>جهة فاعلة جديدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="177"/>
        <source>Empty the form to add an actor</source>
        <translation>أفرغ النموذج لإضافة جهة فاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="178"/>
        <source>Add the actor, or save the changes (Ctrl+Z undoes)</source>
        <translation>أضف الجهة الفاعلة أو احفظ التغييرات (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="179"/>
        <source>Delete the actor; one that takes over a capacity cannot be deleted</source>
        <translation>احذف الجهة الفاعلة؛ لا يمكن حذف جهة تتولى قدرة ما</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="140"/>
        <source>Present in</source>
        <translation>حاضرة في</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="143"/>
        <source>Locations where the actor is present</source>
        <translation>المواقع التي توجد فيها الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="144"/>
        <source>Tick every location where the actor works</source>
        <translation>حدد كل موقع تعمل فيه الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="154"/>
        <source>Taking over</source>
        <translation>تتولى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="157"/>
        <source>Capacities this actor takes over</source>
        <translation>القدرات التي تتولاها هذه الجهة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="158"/>
        <source>Handovers to this actor (edit them on the capacity)</source>
        <translation>عمليات التسليم إلى هذه الجهة (عدّلها من صفحة القدرة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="169"/>
        <source>Average readiness</source>
        <translation>متوسط الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="171"/>
        <source>Average of every readiness score (1-5) given to this actor&apos;s handovers</source>
        <translation>متوسط كل درجات الجاهزية (1-5) الممنوحة لعمليات التسليم إلى هذه الجهة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="202"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="271"/>
        <source>Save the actor first; then tick where it is present.</source>
        <translation>احفظ الجهة الفاعلة أولًا، ثم حدد أماكن وجودها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="273"/>
        <source>Average readiness: not assessed yet</source>
        <translation>متوسط الجاهزية: لم يُقيَّم بعد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="276"/>
        <source>Average readiness: %1</source>
        <translation>متوسط الجاهزية: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="326"/>
        <source>Add actor %1</source>
        <translation>إضافة الجهة الفاعلة %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="326"/>
        <source>Change actor %1</source>
        <translation>تعديل الجهة الفاعلة %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="327"/>
        <source>Delete actor %1</source>
        <translation>حذف الجهة الفاعلة %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="339"/>
        <source>Change where %1 is present</source>
        <translation>تعديل أماكن وجود %1</translation>
    </message>
</context>
<context>
    <name>AddCapacityDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="85"/>
        <source>Add a capacity</source>
        <translation>إضافة قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="88"/>
        <source>Name the capacity and say where the mission provides it; fill in the rest in the detail panel.</source>
        <translation>سمِّ القدرة وحدد أين تقدمها البعثة؛ واستكمل الباقي في لوحة التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="95"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="96"/>
        <source>e.g. Community alert network (Kanzi)</source>
        <translation>مثال: شبكة الإنذار المجتمعي (كانزي)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="97"/>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="98"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="99"/>
        <source>Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="100"/>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="101"/>
        <source>e.g. community liaison assistants</source>
        <translation>مثال: مساعدو الاتصال المجتمعي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="106"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="124"/>
        <source>This plan has no location yet: add one on the Locations page first.</source>
        <translation>لا يوجد في هذه الخطة أي موقع بعد: أضف موقعًا أولًا في صفحة المواقع.</translation>
    </message>
</context>
<context>
    <name>BackgroundEditorPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="579"/>
        <source>Reading the plan failed</source>
        <translation>تعذّرت قراءة الخطة</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="123"/>
        <source>Set {field} to {value} for {n} capacities</source>
        <translation>تعيين {field} إلى {value} لعدد {n} من القدرات</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="42"/>
        <source>Change the selected capacities</source>
        <translation>تغيير القدرات المحددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="45"/>
        <source>Set one value for all %n selected capacities; Ctrl+Z undoes it in one step.</source>
        <translation>
            <numerusform>لا توجد قدرات محددة (%n)؛ Ctrl+Z يتراجع في خطوة واحدة.</numerusform>
            <numerusform>تعيين قيمة واحدة للقدرة المحددة (%n)؛ Ctrl+Z يتراجع عنها في خطوة واحدة.</numerusform>
            <numerusform>تعيين قيمة واحدة للقدرتين المحددتين (%n)؛ Ctrl+Z يتراجع عنها في خطوة واحدة.</numerusform>
            <numerusform>تعيين قيمة واحدة لجميع القدرات المحددة (%n قدرات)؛ Ctrl+Z يتراجع عنها في خطوة واحدة.</numerusform>
            <numerusform>تعيين قيمة واحدة لجميع القدرات المحددة (%n قدرة)؛ Ctrl+Z يتراجع عنها في خطوة واحدة.</numerusform>
            <numerusform>تعيين قيمة واحدة لجميع القدرات المحددة (%n قدرة)؛ Ctrl+Z يتراجع عنها في خطوة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="53"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="53"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="54"/>
        <source>Criticality</source>
        <translation>الأهمية الحرجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="54"/>
        <source>POC tier</source>
        <translation>مستوى حماية المدنيين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="55"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="56"/>
        <source>Handover status (of their handovers)</source>
        <translation>حالة التسليم (لعمليات تسليمها)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="57"/>
        <source>Successor and share</source>
        <translation>الجهة الخلف والحصة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="59"/>
        <source>&amp;Set:</source>
        <translation>&amp;تعيين:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="64"/>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="70"/>
        <source>S&amp;hare each hands over:</source>
        <translation>ال&amp;حصة التي يسلّمها كل منها:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="77"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="105"/>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من القائمة.</translation>
    </message>
</context>
<context>
    <name>CapacityDetailPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="65"/>
        <source>C&amp;apacity</source>
        <translation>ال&amp;قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="66"/>
        <source>&amp;Successors</source>
        <translation>ال&amp;خلفاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="67"/>
        <source>&amp;Readiness</source>
        <translation>ال&amp;جاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="68"/>
        <source>F&amp;unding</source>
        <translation>ال&amp;تمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="69"/>
        <source>Co&amp;mments</source>
        <translation>ال&amp;تعليقات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="71"/>
        <source>Every field of the capacity</source>
        <translation>كل حقول القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="72"/>
        <source>Who takes the capacity over, how much, how and when</source>
        <translation>من يتولى القدرة، وبأي قدر، وكيف، ومتى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="73"/>
        <source>How ready each successor is, on seven dimensions</source>
        <translation>مدى جاهزية كل خلف، على سبعة أبعاد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="74"/>
        <source>Money for the capacity and its handovers</source>
        <translation>أموال القدرة وعمليات تسليمها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="75"/>
        <source>Discussion between planners</source>
        <translation>نقاش بين المخطِّطين</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="98"/>
        <source>Capacities selected: %n</source>
        <translation>
            <numerusform>لا توجد قدرات محددة (%n)</numerusform>
            <numerusform>القدرات المحددة: قدرة واحدة</numerusform>
            <numerusform>القدرات المحددة: قدرتان</numerusform>
            <numerusform>القدرات المحددة: %n قدرات</numerusform>
            <numerusform>القدرات المحددة: %n قدرة</numerusform>
            <numerusform>القدرات المحددة: %n قدرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="121"/>
        <source>Select a capacity to see and edit it here.</source>
        <translation>اختر قدرة لعرضها وتعديلها هنا.</translation>
    </message>
</context>
<context>
    <name>CapacityForm</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="83"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="83"/>
        <source>What the mission does, e.g. &apos;Community alert network (Kanzi)&apos;</source>
        <translation>ما تقوم به البعثة، مثل «شبكة الإنذار المجتمعي (كانزي)»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="85"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="86"/>
        <source>Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="87"/>
        <source>Where the mission provides it (team site, field office, province)</source>
        <translation>أين تقدمها البعثة (قاعدة ميدانية، مكتب ميداني، محافظة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="88"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="89"/>
        <source>POC tier:</source>
        <translation>مستوى حماية المدنيين:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="90"/>
        <source>I: dialogue and engagement; II: physical protection; III: protective environment</source>
        <translation>الأول: الحوار والتواصل؛ الثاني: الحماية الجسدية؛ الثالث: البيئة الحامية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="91"/>
        <source>Component:</source>
        <translation>المكوِّن:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="92"/>
        <source>Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="92"/>
        <source>How many, e.g. 30</source>
        <translation>كم العدد، مثلًا 30</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="93"/>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="93"/>
        <source>What is counted, e.g. &apos;community liaison assistants&apos;</source>
        <translation>ما الذي يُعدّ، مثلًا «مساعدو الاتصال المجتمعي»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="95"/>
        <source>Annual cost:</source>
        <translation>التكلفة السنوية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="96"/>
        <source>What it costs a year, e.g. 120000</source>
        <translation>تكلفتها في السنة، مثلًا 120000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="97"/>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="97"/>
        <source>Three letters, e.g. USD</source>
        <translation>ثلاثة أحرف، مثلًا USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="98"/>
        <source>Mission end date:</source>
        <translation>تاريخ انتهاء البعثة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="99"/>
        <source>When the mission stops providing it here; empty: the location&apos;s closure date</source>
        <translation>متى تتوقف البعثة عن تقديمها هنا؛ فارغ: تاريخ إغلاق الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="100"/>
        <source>Criticality:</source>
        <translation>الأهمية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="101"/>
        <source>Still required after exit (%):</source>
        <translation>المطلوب بعد المغادرة (%):</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="102"/>
        <source>How much of today&apos;s provision is still needed once the mission has left</source>
        <translation>كم يبقى مطلوبًا مما يُقدَّم اليوم بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="103"/>
        <source>Populations served:</source>
        <translation>الفئات المستفيدة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="104"/>
        <source>Data assets:</source>
        <translation>أصول البيانات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="105"/>
        <source>Contact lists, incident databases, analysis that must be handed over</source>
        <translation>قوائم الاتصال وقواعد بيانات الحوادث والتحليلات التي يجب تسليمها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="106"/>
        <source>Holds sensitive data (needs a data-handover protocol)</source>
        <translation>تحتفظ ببيانات حساسة (تحتاج إلى بروتوكول لتسليم البيانات)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="108"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="109"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>سجل حساس (للصادرات الداخلية فقط)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="110"/>
        <source>Sensitive fields:</source>
        <translation>الحقول الحساسة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="111"/>
        <source>Fields left out of exports for clusters and donors</source>
        <translation>حقول تُستبعد من الصادرات الموجهة إلى المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="114"/>
        <source>Depends on (enablers)</source>
        <translation>تعتمد على (عوامل التمكين)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="115"/>
        <source>Capacities this one cannot run without, e.g. flights, radios, phone credit</source>
        <translation>قدرات لا يمكن تشغيل هذه القدرة بدونها، مثل الرحلات الجوية وأجهزة اللاسلكي ورصيد الهاتف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="119"/>
        <source>Enablers</source>
        <translation>عوامل التمكين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="127"/>
        <source>Enabler to add</source>
        <translation>عامل التمكين المراد إضافته</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="128"/>
        <source>Type part of a capacity&apos;s name, pick it from the list, then Add</source>
        <translation>اكتب جزءًا من اسم القدرة، واخترها من القائمة، ثم اضغط إضافة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="130"/>
        <source>Type to search capacities</source>
        <translation>اكتب للبحث عن قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="133"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="134"/>
        <source>This capacity depends on the chosen one</source>
        <translation>تعتمد هذه القدرة على القدرة المختارة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="137"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="155"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="155"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="156"/>
        <source>Annual cost</source>
        <translation>التكلفة السنوية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="156"/>
        <source>Data assets</source>
        <translation>أصول البيانات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="157"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="201"/>
        <source>{format}; empty: {date}, from the location</source>
        <translation>{format}؛ فارغ: {date}، من الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="215"/>
        <source>Change {field} of {capacity}</source>
        <translation>تعديل {field} في {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="231"/>
        <source>{capacity} depends on {enabler}</source>
        <translation>{capacity} تعتمد على {enabler}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="242"/>
        <source>{capacity} no longer depends on {enabler}</source>
        <translation>{capacity} لم تعد تعتمد على {enabler}</translation>
    </message>
</context>
<context>
    <name>CapacityTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="33"/>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="34"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="35"/>
        <source>Mission end</source>
        <translation>انتهاء البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="36"/>
        <source>Successors</source>
        <translation>الخلفاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="37"/>
        <source>Handover status</source>
        <translation>حالة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="38"/>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="39"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="40"/>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="41"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="42"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="43"/>
        <source>Component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="44"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="47"/>
        <source>no funding line</source>
        <translation>لا يوجد بند تمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="48"/>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="49"/>
        <source>partly secured</source>
        <translation>مضمون جزئيًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="50"/>
        <source>secured</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="148"/>
        <source>Lowest readiness score (1-5) of the capacity&apos;s open handovers</source>
        <translation>أدنى درجة جاهزية (1-5) بين عمليات التسليم المفتوحة للقدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="195"/>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="239"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="793"/>
        <source>Charts can be saved as PNG or SVG, not &apos;{suffix}&apos;.</source>
        <translation>يمكن حفظ الرسوم البيانية بصيغة PNG أو SVG، لا «{suffix}».</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="240"/>
        <source>no extension</source>
        <translation>بلا امتداد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="242"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="796"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="251"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="823"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="825"/>
        <source>Could not write {path}.</source>
        <translation>تعذرت الكتابة في {path}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="264"/>
        <source>The chart has no size yet: show it before saving it.</source>
        <translation>ليس للرسم البياني حجم بعد: اعرضه قبل حفظه.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="291"/>
        <source>Transition Planner chart</source>
        <translation>رسم بياني من Transition Planner</translation>
    </message>
</context>
<context>
    <name>CliffChart</name>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="41"/>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="107"/>
        <source>Capacities (each counts 1)</source>
        <translation>القدرات (تُحتسب كل منها 1)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="44"/>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="44"/>
        <source>UN</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="45"/>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="45"/>
        <source>NGO / civil society</source>
        <translation>المنظمات غير الحكومية / المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="46"/>
        <source>Not covered (gap)</source>
        <translation>غير مغطى (فجوة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="46"/>
        <source>Other</source>
        <translation>جهات أخرى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="85"/>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="124"/>
        <source>{name}: covered</source>
        <translation>{name}: مغطى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="125"/>
        <source>{name}: required</source>
        <translation>{name}: مطلوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="132"/>
        <source>{name}: exit {date}</source>
        <translation>{name}: المغادرة {date}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="145"/>
        <source>Exit {date}</source>
        <translation>المغادرة {date}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="153"/>
        <source>Closure on {date}: {names}</source>
        <translation>الإغلاق في {date}: {names}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="163"/>
        <source>Team-site or office closure</source>
        <translation>إغلاق قاعدة ميدانية أو مكتب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="176"/>
        <source>Required: {n}</source>
        <translation>مطلوب: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="177"/>
        <source>Covered: {n}</source>
        <translation>مغطى: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="189"/>
        <source>Not covered: {n}</source>
        <translation>غير مغطى: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="192"/>
        <source>{name}: covered {covered} of {required}</source>
        <translation>{name}: مغطى {covered} من {required}</translation>
    </message>
</context>
<context>
    <name>CliffTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="21"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="22"/>
        <source>POC tier</source>
        <translation>مستوى حماية المدنيين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="23"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="24"/>
        <source>Population served</source>
        <translation>الفئة المستفيدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="29"/>
        <source>Compare scenario</source>
        <translation>مقارنة السيناريو</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="31"/>
        <source>Draw the scenario chosen on the Scenarios tab over this chart</source>
        <translation>ارسم السيناريو المختار في تبويب السيناريوهات فوق هذا الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="47"/>
        <source>Tier {tier}</source>
        <translation>المستوى {tier}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="50"/>
        <source>(no population named)</source>
        <translation>(لم تُذكر فئة مستفيدة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="52"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="52"/>
        <source>All tiers</source>
        <translation>كل المستويات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="53"/>
        <source>All locations</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="54"/>
        <source>All populations</source>
        <translation>كل الفئات المستفيدة</translation>
    </message>
</context>
<context>
    <name>CloneScenarioDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="191"/>
        <source>Clone a scenario</source>
        <translation>نسخ سيناريو</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="202"/>
        <source>Copy of:</source>
        <translation>نسخة من:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="203"/>
        <source>Accelerated withdrawal</source>
        <translation>انسحاب معجَّل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="205"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="210"/>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="211"/>
        <source>Every closure, mission end and the exit move this many months earlier (negative: later); successors keep their dates.</source>
        <translation>تتقدم كل عمليات الإغلاق وانتهاء البعثة والمغادرة بهذا العدد من الأشهر (القيمة السالبة: تتأخر)؛ ويحتفظ الخلفاء بتواريخهم.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="214"/>
        <source>Closures earlier by:</source>
        <translation>تقديم الإغلاقات بمقدار:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="216"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="217"/>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="222"/>
        <source>&amp;Clone</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="244"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="244"/>
        <source>Copy of</source>
        <translation>نسخة من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="245"/>
        <source>Closures earlier by</source>
        <translation>تقديم الإغلاقات بمقدار</translation>
    </message>
</context>
<context>
    <name>ColumnMemory</name>
    <message>
        <location filename="../../transition_planner/ui/tables.py" line="135"/>
        <source>Reset columns</source>
        <translation>إعادة الأعمدة إلى وضعها الأصلي</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="37"/>
        <source>Comments on this capacity</source>
        <translation>تعليقات على هذه القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="41"/>
        <source>No comment on this capacity yet.</source>
        <translation>لا يوجد تعليق على هذه القدرة بعد.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="48"/>
        <source>New comment</source>
        <translation>تعليق جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="49"/>
        <source>Write a comment for the other planners…</source>
        <translation>اكتب تعليقًا للمخطِّطين الآخرين…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="56"/>
        <source>Sensitive (internal only)</source>
        <translation>حساس (داخلي فقط)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="57"/>
        <source>Add &amp;comment</source>
        <translation>إضافة &amp;تعليق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="59"/>
        <source>Remove comment</source>
        <translation>إزالة التعليق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="60"/>
        <source>Remove the selected comment</source>
        <translation>إزالة التعليق المحدد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="81"/>
        <source> (sensitive)</source>
        <translation> (حساس)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="95"/>
        <source>Comment on {capacity}</source>
        <translation>تعليق على {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="102"/>
        <source>Write something first.</source>
        <translation>اكتب شيئًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="120"/>
        <source>Remove a comment</source>
        <translation>إزالة تعليق</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="118"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="120"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="10"/>
        <source>No successor</source>
        <translation>لا يوجد خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="11"/>
        <source>Discontinued</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="12"/>
        <source>Successor starts late</source>
        <translation>الخلف يبدأ متأخرًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="13"/>
        <source>Successor ends</source>
        <translation>الخلف ينتهي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="14"/>
        <source>Partly covered</source>
        <translation>مغطاة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="15"/>
        <source>Successor not ready</source>
        <translation>الخلف غير جاهز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="16"/>
        <source>Not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="17"/>
        <source>Fallback not agreed</source>
        <translation>البديل غير متفق عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="18"/>
        <source>No signed agreement</source>
        <translation>لا يوجد اتفاق موقَّع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="19"/>
        <source>Unfunded after exit</source>
        <translation>غير ممولة بعد المغادرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="20"/>
        <source>Shares above 100%</source>
        <translation>حصص تتجاوز 100%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="21"/>
        <source>Enabler orphaned</source>
        <translation>عامل تمكين متروك</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="22"/>
        <source>Independence conflict</source>
        <translation>تعارض مع الاستقلالية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="23"/>
        <source>Data without protocol</source>
        <translation>بيانات بلا بروتوكول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="24"/>
        <source>Re-engagement trigger</source>
        <translation>إنذار إعادة الانخراط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="38"/>
        <source>Uncovered location-months</source>
        <translation>أشهر المواقع غير المغطاة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="39"/>
        <source>Capacity-months with a gap</source>
        <translation>أشهر القدرات التي فيها فجوة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="40"/>
        <source>Capacities without successor</source>
        <translation>قدرات بلا خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="220"/>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="42"/>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="160"/>
        <source>Scenario:</source>
        <translation>السيناريو:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="163"/>
        <source>Scenario shown</source>
        <translation>السيناريو المعروض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="164"/>
        <source>The scenario whose gaps the page shows</source>
        <translation>السيناريو الذي تعرض الصفحة فجواته</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="177"/>
        <source>without a successor</source>
        <translation>بلا خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="179"/>
        <source>successor not ready</source>
        <translation>الخلف غير جاهز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="181"/>
        <source>uncovered location-months</source>
        <translation>أشهر المواقع غير المغطاة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="187"/>
        <source>flags</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="196"/>
        <source>Flags by kind:</source>
        <translation>التنبيهات حسب النوع:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="215"/>
        <source>Protection cliff</source>
        <translation>منحدر الحماية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="216"/>
        <source>Coverage heat map</source>
        <translation>خريطة حرارية للتغطية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="217"/>
        <source>Funding cliff</source>
        <translation>منحدر التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="218"/>
        <source>Readiness</source>
        <translation>الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="219"/>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="233"/>
        <source>Save chart…</source>
        <translation>حفظ الرسم البياني…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="235"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>احفظ هذا الرسم البياني صورةً بصيغة PNG أو رسمًا بصيغة SVG</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="319"/>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="322"/>
        <source>The gap analysis failed.</source>
        <translation>فشل تحليل الفجوات.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="323"/>
        <source>Computing the gaps failed</source>
        <translation>فشل حساب الفجوات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="397"/>
        <source>Capacities still required after the mission leaves that no successor takes over; click to list them</source>
        <translation>قدرات لا تزال مطلوبة بعد مغادرة البعثة ولا يتولاها أي خلف؛ انقر لسردها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="401"/>
        <source>Capacities with a successor scored below the readiness threshold on a dimension; click to list them</source>
        <translation>قدرات لها خلف حصل على درجة أدنى من حد الجاهزية في أحد الأبعاد؛ انقر لسردها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="405"/>
        <source>Location-months with at least one capacity below its requirement, over {n} locations; click to list the capacities</source>
        <translation>أشهر مواقع فيها قدرة واحدة على الأقل دون المطلوب، في {n} موقعًا؛ انقر لسرد القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="412"/>
        <source>{n} accepted as known risks; click to see the flags</source>
        <translation>{n} مقبولة كمخاطر معروفة؛ انقر لعرض التنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="413"/>
        <source>Click to see the flags</source>
        <translation>انقر لعرض التنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="419"/>
        <source>({n} accepted)</source>
        <translation>({n} مقبولة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="421"/>
        <source>List the capacities with this flag in the inventory</source>
        <translation>اسرد القدرات التي تحمل هذا التنبيه في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="434"/>
        <source>unfunded after exit</source>
        <translation>غير ممولة بعد المغادرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="443"/>
        <source>Cost of the months after the mission leaves that no secured funding covers; click to list them</source>
        <translation>تكلفة الأشهر التي تلي مغادرة البعثة ولا يغطيها أي تمويل مضمون؛ انقر لسردها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="446"/>
        <source>Every capacity is funded after the exit</source>
        <translation>كل القدرات ممولة بعد المغادرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="470"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="470"/>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="472"/>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="481"/>
        <source>Save chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="483"/>
        <source>Saved the chart to {path}</source>
        <translation>حُفظ الرسم البياني في {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="38"/>
        <source>D</source>
        <translation>ي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="38"/>
        <source>M</source>
        <translation>ش</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="39"/>
        <source>Y</source>
        <translation>س</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="103"/>
        <source>Choose the date on a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="104"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="137"/>
        <source>is not a date: write it as {format} (e.g. {example})</source>
        <translation>ليس تاريخًا: اكتبه بالصيغة {format} (مثلًا {example})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="154"/>
        <source>Write dates as {format}, or pick one with ▾</source>
        <translation>اكتب التواريخ بالصيغة {format}، أو اختر تاريخًا بـ ▾</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="218"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="220"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="386"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="389"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="442"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="443"/>
        <source>The changes in the form are not saved yet.</source>
        <translation>التغييرات في النموذج لم تُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="24"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="28"/>
        <source>Something went wrong that Transition Planner did not expect. Your plan is as it was before this action: every change already made is saved. The details below were written to the log file {log}.</source>
        <translation>حدث خطأ لم يتوقعه Transition Planner. خطتك كما كانت قبل هذا الإجراء: كل تغيير سبق إجراؤه محفوظ. كُتبت التفاصيل أدناه في ملف السجل {log}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="40"/>
        <source>Error details</source>
        <translation>تفاصيل الخطأ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="44"/>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="45"/>
        <source>Copy the details, e.g. to send them to support</source>
        <translation>انسخ التفاصيل، مثلًا لإرسالها إلى الدعم الفني</translation>
    </message>
</context>
<context>
    <name>Export3W</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="84"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="85"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="87"/>
        <source>Export who does what where (3W)</source>
        <translation>تصدير من يفعل ماذا وأين (3W)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="95"/>
        <source>Cannot export the 3W table</source>
        <translation>تعذر تصدير جدول 3W</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="99"/>
        <source>3W table exported</source>
        <translation>صُدِّر جدول 3W</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="100"/>
        <source>Wrote {rows} rows ({handovers} handovers) to {name}.</source>
        <translation>كُتب {rows} صفًا ({handovers} عملية تسليم) في {name}.</translation>
    </message>
</context>
<context>
    <name>Export3WDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="30"/>
        <source>Export who does what where (3W)</source>
        <translation>تصدير من يفعل ماذا وأين (3W)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="32"/>
        <source>One row per handover and funding line, with the places&apos; P-codes, the clusters&apos; codes and a row of HXL hashtags under the headers.</source>
        <translation>صف لكل عملية تسليم ولكل بند تمويل، مع الرموز P للأماكن ورموز المجموعات القطاعية وصف من وسوم HXL تحت العناوين.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="38"/>
        <source>Mission (internal): everything</source>
        <translation>البعثة (داخلي): كل شيء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="39"/>
        <source>Protection cluster: no sensitive content</source>
        <translation>مجموعة الحماية: دون محتوى حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="40"/>
        <source>Donors: no sensitive content</source>
        <translation>المانحون: دون محتوى حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="43"/>
        <source>All successors</source>
        <translation>جميع الجهات الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="51"/>
        <source>CSV file (.csv)</source>
        <translation>ملف CSV (‎.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="52"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (‎.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="53"/>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="54"/>
        <source>Rows of</source>
        <translation>صفوف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="55"/>
        <source>Headers in</source>
        <translation>لغة العناوين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="56"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="59"/>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
</context>
<context>
    <name>ExportMatrixDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="109"/>
        <source>Export handover matrix</source>
        <translation>تصدير مصفوفة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="112"/>
        <source>Mission (internal): everything</source>
        <translation>البعثة (داخلي): كل شيء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="113"/>
        <source>Protection cluster: no sensitive content</source>
        <translation>مجموعة الحماية: دون محتوى حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="114"/>
        <source>Donors: no sensitive content</source>
        <translation>المانحون: دون محتوى حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="122"/>
        <source>Add a row of HXL hashtags under the headers</source>
        <translation>أضف صفًا من وسوم HXL تحت العناوين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="127"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (‎.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="128"/>
        <source>CSV file with HXL hashtags (.csv)</source>
        <translation>ملف CSV مع وسوم HXL (‎.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="132"/>
        <source>All successors</source>
        <translation>جميع الجهات الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="135"/>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="136"/>
        <source>Rows of</source>
        <translation>صفوف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="137"/>
        <source>Headers in</source>
        <translation>لغة العناوين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="138"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="142"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="189"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="190"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="191"/>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="270"/>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="207"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="231"/>
        <source>Report saved</source>
        <translation>حُفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="232"/>
        <source>The report was saved to %1 (%2 pages).</source>
        <translation>حُفظ التقرير في %1 (%2 صفحة).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="238"/>
        <source>The report could not be written</source>
        <translation>تعذرت كتابة التقرير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="271"/>
        <source>Open a plan first.</source>
        <translation>افتح خطة أولًا.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="276"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="278"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/fields.py" line="152"/>
        <source>is not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/fields.py" line="374"/>
        <source>must be between 0 and 100%</source>
        <translation>يجب أن يكون بين 0 و100%</translation>
    </message>
</context>
<context>
    <name>FlagNames</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="14"/>
        <source>No successor</source>
        <translation>لا يوجد خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="15"/>
        <source>Discontinued after the mission leaves</source>
        <translation>متوقفة بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="16"/>
        <source>Successor starts after the mission leaves</source>
        <translation>الخلف يبدأ بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="17"/>
        <source>Successor&apos;s commitment ends</source>
        <translation>انتهاء التزام الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="18"/>
        <source>Only partly covered</source>
        <translation>مغطاة جزئيًا فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="19"/>
        <source>Readiness below threshold</source>
        <translation>الجاهزية دون الحد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="20"/>
        <source>Readiness not assessed</source>
        <translation>الجاهزية غير مقيَّمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="21"/>
        <source>Fallback not agreed</source>
        <translation>البديل غير متفق عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="22"/>
        <source>No signed agreement</source>
        <translation>لا يوجد اتفاق موقَّع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="23"/>
        <source>Unfunded after exit</source>
        <translation>غير ممولة بعد المغادرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="24"/>
        <source>Shares above 100%</source>
        <translation>حصص تتجاوز 100%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="25"/>
        <source>Enabler orphaned</source>
        <translation>عامل تمكين متروك</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="26"/>
        <source>Independence conflict</source>
        <translation>تعارض مع الاستقلالية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="27"/>
        <source>Sensitive data without a handover protocol</source>
        <translation>بيانات حساسة بلا بروتوكول تسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="31"/>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="32"/>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="33"/>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="14"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="15"/>
        <source>Flag</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="16"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="17"/>
        <source>Records involved</source>
        <translation>السجلات المعنية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="18"/>
        <source>Accepted risk</source>
        <translation>خطر مقبول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="21"/>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="22"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="23"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="71"/>
        <source>Accepted by {who}: {why}</source>
        <translation>قبله {who}: {why}</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="52"/>
        <source>Kind of flag</source>
        <translation>نوع التنبيه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="55"/>
        <source>Show accepted risks</source>
        <translation>عرض المخاطر المقبولة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="61"/>
        <source>&amp;Go to record</source>
        <translation>ال&amp;انتقال إلى السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="63"/>
        <source>Show the capacity of this flag in the inventory</source>
        <translation>اعرض قدرة هذا التنبيه في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="65"/>
        <source>&amp;Accept risk…</source>
        <translation>&amp;قبول الخطر…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="67"/>
        <source>Mark this flag as a known risk, with why</source>
        <translation>علِّم هذا التنبيه خطرًا معروفًا، مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="69"/>
        <source>&amp;Withdraw acceptance</source>
        <translation>&amp;سحب القبول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="110"/>
        <source>All kinds of flags</source>
        <translation>كل أنواع التنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="140"/>
        <source>Accepted as a known risk by {who} on {when}: {why}</source>
        <translation>قبله {who} كخطر معروف في {when}: {why}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="163"/>
        <source>Accept risk: {flag}</source>
        <translation>قبول الخطر: {flag}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="166"/>
        <source>Accepted as a known risk: {name}</source>
        <translation>مقبول كخطر معروف: {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="175"/>
        <source>Withdraw accepted risk: {flag}</source>
        <translation>سحب قبول الخطر: {flag}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="179"/>
        <source>Withdraw acceptance</source>
        <translation>سحب القبول</translation>
    </message>
</context>
<context>
    <name>FundingChart</name>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="67"/>
        <source>Unfunded after exit (gap analysis)</source>
        <translation>غير ممول بعد المغادرة (تحليل الفجوات)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="81"/>
        <source>Unfunded after exit: {amount}</source>
        <translation>غير ممول بعد المغادرة: {amount}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="94"/>
        <source>Exit {date}</source>
        <translation>المغادرة {date}</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="90"/>
        <source>Source filter</source>
        <translation>تصفية حسب المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="91"/>
        <source>Show only lines from one source</source>
        <translation>عرض البنود من مصدر واحد فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="92"/>
        <source>Donor filter</source>
        <translation>تصفية حسب المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="93"/>
        <source>Show only lines from one donor</source>
        <translation>عرض البنود من مانح واحد فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="94"/>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="95"/>
        <source>Show only lines with one status</source>
        <translation>عرض البنود ذات حالة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="96"/>
        <source>Search capacity, location, successor, notes</source>
        <translation>البحث في القدرة والموقع والخلف والملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="97"/>
        <source>Search funding lines</source>
        <translation>البحث في بنود التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="98"/>
        <source>Show only lines whose capacity, location, successor, donor or notes contain this</source>
        <translation>عرض البنود التي تحتوي قدرتها أو موقعها أو خلفها أو مانحها أو ملاحظاتها على هذا النص فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="100"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="101"/>
        <source>Show every funding line again</source>
        <translation>عرض كل بنود التمويل مجددًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="103"/>
        <source>Lines shown</source>
        <translation>البنود المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="111"/>
        <source>Funding lines</source>
        <translation>بنود التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="113"/>
        <source>Totals per year and currency (lines shown)</source>
        <translation>المجاميع حسب السنة والعملة (البنود المعروضة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="116"/>
        <source>Totals per year and currency</source>
        <translation>المجاميع حسب السنة والعملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="117"/>
        <source>Sums of the lines shown above; currencies are never added together</source>
        <translation>مجاميع البنود المعروضة أعلاه؛ لا تُجمع العملات المختلفة أبدًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="124"/>
        <source>Each line&apos;s amount is spread evenly over the months of its period (a line without dates covers the plan&apos;s horizon); a year gets the share of its months.</source>
        <translation>يوزَّع مبلغ كل بند بالتساوي على أشهر فترته (البند بلا تواريخ يغطي أفق الخطة)؛ وتنال كل سنة حصة أشهرها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="128"/>
        <source>How totals per year are counted</source>
        <translation>كيف تُحسب المجاميع السنوية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="159"/>
        <source>Type to search capacities</source>
        <translation>اكتب للبحث عن قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="160"/>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="161"/>
        <source>The capacity this money is for; type part of its name or location to find it</source>
        <translation>القدرة التي يموّلها هذا المبلغ؛ اكتب جزءًا من اسمها أو موقعها للعثور عليها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="163"/>
        <source>Funds</source>
        <translation>يموِّل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="164"/>
        <source>The capacity whoever runs it, or one successor&apos;s handover</source>
        <translation>القدرة أيًا كان من يشغّلها، أو تسليمها إلى خلف واحد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="165"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="166"/>
        <source>Where the money comes from; the mission&apos;s budget ends with it</source>
        <translation>مصدر المال؛ وتنتهي ميزانية البعثة بانتهائها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="167"/>
        <source>e.g. Peacebuilding Fund</source>
        <translation>مثال: صندوق بناء السلام</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="171"/>
        <source>Donor</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="171"/>
        <source>Who gives the money</source>
        <translation>من يقدم المال</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="173"/>
        <source>e.g. 250000</source>
        <translation>مثال: 250000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="174"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="175"/>
        <source>The amount for the whole period, in the currency below</source>
        <translation>المبلغ عن الفترة كلها، بالعملة أدناه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="176"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="176"/>
        <source>e.g. USD</source>
        <translation>مثال: USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="177"/>
        <source>Three-letter currency code such as USD or EUR</source>
        <translation>رمز عملة من ثلاثة أحرف مثل USD أو EUR</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="178"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="179"/>
        <source>Required (not yet found), pledged, committed or disbursed</source>
        <translation>مطلوب (لم يُعثر عليه بعد)، أو معلَن، أو ملتزَم به، أو مصروف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="180"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="181"/>
        <source>First day the money covers; open: the start of the plan&apos;s horizon</source>
        <translation>أول يوم يغطيه المال؛ إن تُرك فارغًا: بداية أفق الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="182"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="183"/>
        <source>Last day the money covers; open: the end of the plan&apos;s horizon</source>
        <translation>آخر يوم يغطيه المال؛ إن تُرك فارغًا: نهاية أفق الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="186"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="186"/>
        <source>Conditions, references, caveats</source>
        <translation>الشروط والمراجع والتحفظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="187"/>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="187"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>استبعاد من صادرات المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="189"/>
        <source>A sensitive line is left out of exports for clusters and donors</source>
        <translation>يُستبعد البند الحساس من الصادرات الموجهة إلى المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="193"/>
        <source>New line</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="193"/>
        <source>Empty the form to add a funding line</source>
        <translation>أفرغ النموذج لإضافة بند تمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="194"/>
        <source>Add the line, or save the changes (Ctrl+Z undoes)</source>
        <translation>أضف البند أو احفظ التغييرات (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="195"/>
        <source>Delete the funding line</source>
        <translation>حذف بند التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="224"/>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="225"/>
        <source>All donors</source>
        <translation>كل المانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="227"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="248"/>
        <source>%1 of %2 lines</source>
        <translation>%1 من %2 بند</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="267"/>
        <source>The capacity as a whole</source>
        <translation>القدرة ككل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="269"/>
        <source>Handover to %1</source>
        <translation>التسليم إلى %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="278"/>
        <source>Funding line: %1</source>
        <translation>بند التمويل: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="279"/>
        <source>New funding line</source>
        <translation>بند تمويل جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="303"/>
        <source>%1 for %2</source>
        <translation>%1 لـ%2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="304"/>
        <source>Add funding line %1</source>
        <translation>إضافة بند التمويل %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="305"/>
        <source>Change funding line %1</source>
        <translation>تعديل بند التمويل %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="306"/>
        <source>Delete funding line %1</source>
        <translation>حذف بند التمويل %1</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="78"/>
        <source>&amp;New funding line</source>
        <translation>بند تمويل &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="79"/>
        <source>Fill in a new line below, then add it</source>
        <translation>املأ بندًا جديدًا أدناه ثم أضفه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="81"/>
        <source>Delete line</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="99"/>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="100"/>
        <source>the capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="101"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="103"/>
        <source>Donor</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="104"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="106"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="108"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="112"/>
        <source>Funding lines of this capacity</source>
        <translation>بنود تمويل هذه القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="138"/>
        <source>For:</source>
        <translation>لـ:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="139"/>
        <source>The capacity as a whole, or the handover to one successor</source>
        <translation>القدرة ككل، أو التسليم إلى خلف واحد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="140"/>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="141"/>
        <source>Donor:</source>
        <translation>المانح:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="141"/>
        <source>e.g. the embassy or fund</source>
        <translation>مثال: السفارة أو الصندوق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="142"/>
        <source>Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="142"/>
        <source>e.g. 250000</source>
        <translation>مثال: 250000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="143"/>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="143"/>
        <source>Three letters, e.g. USD</source>
        <translation>ثلاثة أحرف، مثلًا USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="144"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="145"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="146"/>
        <source>Until:</source>
        <translation>حتى:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="147"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="148"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>سجل حساس (للصادرات الداخلية فقط)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="149"/>
        <source>&amp;Add funding line</source>
        <translation>إ&amp;ضافة بند تمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="172"/>
        <source>The capacity as a whole</source>
        <translation>القدرة ككل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="173"/>
        <source>Handover to {actor}</source>
        <translation>التسليم إلى {actor}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="190"/>
        <source>Funding line</source>
        <translation>بند التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="200"/>
        <source>New funding line</source>
        <translation>بند تمويل جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="216"/>
        <source>Add funding line for {capacity}</source>
        <translation>إضافة بند تمويل لـ{capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="238"/>
        <source>Delete funding line of {capacity}</source>
        <translation>حذف بند تمويل {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="255"/>
        <source>Change {field} of a funding line</source>
        <translation>تعديل {field} في بند تمويل</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="19"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="21"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="22"/>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="23"/>
        <source>By year</source>
        <translation>حسب السنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="24"/>
        <source>Split</source>
        <translation>التقسيم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="25"/>
        <source>By funding status</source>
        <translation>حسب حالة التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="26"/>
        <source>By source type</source>
        <translation>حسب نوع المصدر</translation>
    </message>
</context>
<context>
    <name>FundingTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="31"/>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="32"/>
        <source>Donor</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="33"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="34"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="35"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="36"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="37"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="38"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="39"/>
        <source>Successor</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="40"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="91"/>
        <source>Funds the capacity whoever runs it</source>
        <translation>يموّل القدرة أيًا كان من يشغّلها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="94"/>
        <source>Open: the plan&apos;s horizon applies</source>
        <translation>فارغ: ينطبق أفق الخطة</translation>
    </message>
</context>
<context>
    <name>FundingTotalsModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="115"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="116"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="119"/>
        <source>Secured</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="120"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="169"/>
        <source>Rounded to whole units; lines are spread over the months of their period</source>
        <translation>مقرَّب إلى وحدات كاملة؛ وتوزَّع البنود على أشهر فتراتها</translation>
    </message>
</context>
<context>
    <name>GazetteerImport</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="78"/>
        <source>Import gazetteer</source>
        <translation>استيراد المعجم الجغرافي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="79"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="80"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="89"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="96"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="120"/>
        <source>The import was cancelled; the file being read changed nothing.</source>
        <translation>أُلغي الاستيراد؛ ولم يغيّر الملف الذي كانت تجري قراءته شيئًا.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="131"/>
        <source>{file}: {added} units added, {updated} updated, {removed} removed; {shapes} with a boundary.</source>
        <translation>{file}: أضيفت {added} وحدة، وحُدّثت {updated}، وأزيلت {removed}؛ {shapes} لها حدود.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="137"/>
        <source>{n} location(s) have a P-code the gazetteer does not know: see the Locations page or `check`.</source>
        <translation>{n} موقع(ا) لها رمز مكاني لا يعرفه المعجم الجغرافي: راجع صفحة المواقع أو الأمر `check`.</translation>
    </message>
</context>
<context>
    <name>HeatMapTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="23"/>
        <source>Heat map</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="25"/>
        <source>Category by location (after the mission leaves)</source>
        <translation>الفئة حسب الموقع (بعد مغادرة البعثة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="27"/>
        <source>Location by month</source>
        <translation>الموقع حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="30"/>
        <source>Share of the requirement covered; click a cell to see its capacities</source>
        <translation>نسبة المغطى من المطلوب؛ انقر على خلية لعرض قدراتها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>under 25% covered</source>
        <translation>مغطى بأقل من 25%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>25–50%</source>
        <translation>25–50%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>50–75%</source>
        <translation>50–75%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="45"/>
        <source>75–99%</source>
        <translation>75–99%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="45"/>
        <source>fully covered</source>
        <translation>مغطى بالكامل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="47"/>
        <source>nothing required</source>
        <translation>لا شيء مطلوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="58"/>
        <source>No capacity of this category here</source>
        <translation>لا توجد قدرة من هذه الفئة هنا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="60"/>
        <source>After the mission leaves: {covered} of {required} capacity-months covered ({share})</source>
        <translation>بعد مغادرة البعثة: {covered} من {required} شهر قدرة مغطاة ({share})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="61"/>
        <source>Nothing required after the mission leaves</source>
        <translation>لا شيء مطلوب بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="81"/>
        <source>{short} of {n} capacities with a gap; click to list them</source>
        <translation>{short} من {n} قدرة فيها فجوة؛ انقر لسردها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="90"/>
        <source>{covered} of {required} capacities covered ({share})</source>
        <translation>{covered} من {required} قدرة مغطاة ({share})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="91"/>
        <source>Nothing required this month</source>
        <translation>لا شيء مطلوب في هذا الشهر</translation>
    </message>
</context>
<context>
    <name>HistoryChangesTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="278"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="279"/>
        <source>Old value</source>
        <translation>القيمة القديمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="280"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="56"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="57"/>
        <source>acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="58"/>
        <source>actor type</source>
        <translation>نوع الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="59"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="60"/>
        <source>contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="61"/>
        <source>sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="62"/>
        <source>sensitive fields</source>
        <translation>الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="63"/>
        <source>inside</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="64"/>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="65"/>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="66"/>
        <source>closure date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="67"/>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="68"/>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="70"/>
        <source>names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="71"/>
        <source>P-code above</source>
        <translation>الرمز المكاني الأعلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="72"/>
        <source>boundary</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="73"/>
        <source>source file</source>
        <translation>الملف المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="74"/>
        <source>administrative units</source>
        <translation>الوحدات الإدارية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="75"/>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="76"/>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="77"/>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="78"/>
        <source>POC tier</source>
        <translation>مستوى حماية المدنيين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="79"/>
        <source>component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="80"/>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="81"/>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="82"/>
        <source>annual cost</source>
        <translation>التكلفة السنوية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="83"/>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="84"/>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="85"/>
        <source>criticality</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="86"/>
        <source>populations</source>
        <translation>الفئات المستفيدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="87"/>
        <source>share still required</source>
        <translation>الحصة التي لا تزال مطلوبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="88"/>
        <source>data assets</source>
        <translation>أصول البيانات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="89"/>
        <source>holds sensitive data</source>
        <translation>تحتفظ ببيانات حساسة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="90"/>
        <source>capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="91"/>
        <source>successor</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="92"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="93"/>
        <source>share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="94"/>
        <source>modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="95"/>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="96"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="97"/>
        <source>agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="98"/>
        <source>data handover</source>
        <translation>تسليم البيانات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="99"/>
        <source>data protocol agreed</source>
        <translation>بروتوكول البيانات متفق عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="100"/>
        <source>handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="101"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="102"/>
        <source>donor</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="103"/>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="104"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="105"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="106"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="107"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="108"/>
        <source>due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="109"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="110"/>
        <source>record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="111"/>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="112"/>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="113"/>
        <source>dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="114"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="115"/>
        <source>confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="116"/>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="117"/>
        <source>assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="118"/>
        <source>needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="119"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="120"/>
        <source>threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="121"/>
        <source>baseline value</source>
        <translation>قيمة خط الأساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="122"/>
        <source>period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="123"/>
        <source>periods before re-engaging</source>
        <translation>الفترات قبل إعادة الانخراط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="124"/>
        <source>monitored from</source>
        <translation>يُرصد ابتداءً من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="125"/>
        <source>column titles</source>
        <translation>عناوين الأعمدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="126"/>
        <source>column mapping</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="127"/>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="128"/>
        <source>measured on</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="129"/>
        <source>indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="130"/>
        <source>flag</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="131"/>
        <source>justification</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="132"/>
        <source>accepted by</source>
        <translation>قبله</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="133"/>
        <source>mission name</source>
        <translation>اسم البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="134"/>
        <source>mission acronym</source>
        <translation>اختصار البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="135"/>
        <source>host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="136"/>
        <source>mandate end</source>
        <translation>انتهاء الولاية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="137"/>
        <source>planned exit</source>
        <translation>المغادرة المخططة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="138"/>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="139"/>
        <source>classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="140"/>
        <source>horizon start</source>
        <translation>بداية الأفق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="141"/>
        <source>horizon (months)</source>
        <translation>الأفق (بالأشهر)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="142"/>
        <source>readiness threshold</source>
        <translation>حد الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="143"/>
        <source>active scenario</source>
        <translation>السيناريو النشط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="144"/>
        <source>baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="145"/>
        <source>closure shift (days)</source>
        <translation>تقديم الإغلاق (بالأيام)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="146"/>
        <source>closure shift (months)</source>
        <translation>تقديم الإغلاق (بالأشهر)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="147"/>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="148"/>
        <source>unassessed successors count as</source>
        <translation>يُحتسب الخلفاء غير المقيَّمين بنسبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="149"/>
        <source>agreement state</source>
        <translation>حالة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="150"/>
        <source>agreement date</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="151"/>
        <source>fallback for</source>
        <translation>بديل عن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="152"/>
        <source>exit date</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="153"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="154"/>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="155"/>
        <source>French label</source>
        <translation>التسمية بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="156"/>
        <source>attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="157"/>
        <source>built in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="158"/>
        <source>order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="159"/>
        <source>trigger</source>
        <translation>المحفِّز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="160"/>
        <source>from status</source>
        <translation>من الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="161"/>
        <source>to status</source>
        <translation>إلى الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="162"/>
        <source>changed on</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="163"/>
        <source>changed by</source>
        <translation>غيّره</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="79"/>
        <source>Record type filter</source>
        <translation>تصفية حسب نوع السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="80"/>
        <source>Show only changes to one kind of record</source>
        <translation>عرض التغييرات على نوع واحد من السجلات فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="81"/>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="84"/>
        <source>Search names and values</source>
        <translation>البحث في الأسماء والقيم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="85"/>
        <source>Search the history</source>
        <translation>البحث في السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="86"/>
        <source>Show only entries whose record, user or values contain this</source>
        <translation>عرض المدخلات التي يحتوي سجلها أو مستخدمها أو قيمها على هذا النص فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="89"/>
        <source>User filter</source>
        <translation>تصفية حسب المستخدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="90"/>
        <source>Show only changes made by one person</source>
        <translation>عرض التغييرات التي أجراها شخص واحد فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="92"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="103"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="93"/>
        <source>Show only changes made on or after this day</source>
        <translation>عرض التغييرات التي أجريت في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="95"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="103"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="96"/>
        <source>Show only changes made on or before this day</source>
        <translation>عرض التغييرات التي أجريت في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="97"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="98"/>
        <source>Show the whole history again</source>
        <translation>عرض السجل التاريخي كاملًا مجددًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="112"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="122"/>
        <source>Entries shown</source>
        <translation>المدخلات المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="124"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="130"/>
        <source>Old and new values</source>
        <translation>القيم القديمة والجديدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="127"/>
        <source>Selected entry</source>
        <translation>المدخل المحدد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="131"/>
        <source>Each field before and after the change</source>
        <translation>كل حقل قبل التغيير وبعده</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="135"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="136"/>
        <source>Bring the deleted record back, with what was deleted with it (Ctrl+Z undoes)</source>
        <translation>أعد السجل المحذوف، مع ما حُذف معه (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="142"/>
        <source>Problem restoring</source>
        <translation>مشكلة في الاستعادة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="188"/>
        <source>All users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="196"/>
        <source>%1 entries</source>
        <translation>%1 مدخل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="198"/>
        <source>The newest %1 entries: narrow the filters to see older ones</source>
        <translation>أحدث %1 مدخل: ضيّق عوامل التصفية لعرض المدخلات الأقدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="246"/>
        <source>Select an entry to see its old and new values.</source>
        <translation>اختر مدخلًا لعرض قيمه القديمة والجديدة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="248"/>
        <source>%1 %2 “%3” by %4</source>
        <translation>%1 %2 «%3» بواسطة %4</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="253"/>
        <source>Deleted with it: %1</source>
        <translation>حُذف معه: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="255"/>
        <source>Restored since.</source>
        <translation>استُعيد منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="267"/>
        <source>Restore %1</source>
        <translation>استعادة %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="15"/>
        <source>added</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="16"/>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="17"/>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="18"/>
        <source>restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="21"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="22"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="23"/>
        <source>List term</source>
        <translation>بند قائمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="24"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="25"/>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="26"/>
        <source>Actor presence</source>
        <translation>وجود الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="27"/>
        <source>Capacity</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="28"/>
        <source>Enabler link</source>
        <translation>رابط عامل تمكين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="29"/>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="30"/>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="31"/>
        <source>Readiness score</source>
        <translation>درجة الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="32"/>
        <source>Funding line</source>
        <translation>بند التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="33"/>
        <source>Milestone</source>
        <translation>مرحلة رئيسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="34"/>
        <source>Protection indicator</source>
        <translation>مؤشر حماية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="35"/>
        <source>Indicator value</source>
        <translation>قيمة المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="36"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="37"/>
        <source>Accepted flag</source>
        <translation>تنبيه مقبول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="194"/>
        <source>deleted with it: %1</source>
        <translation>حُذف معه: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="201"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="215"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="216"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="217"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="218"/>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="219"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="220"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="230"/>
        <source>deleted (restored since)</source>
        <translation>محذوف (استُعيد منذ ذلك الحين)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="254"/>
        <source>Deleted: select it and press Restore to bring it back</source>
        <translation>محذوف: حدده واضغط «استعادة» لإعادته</translation>
    </message>
</context>
<context>
    <name>HistoryValues</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="167"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="168"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="169"/>
        <source>(a deleted record)</source>
        <translation>(سجل محذوف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="170"/>
        <source>(deleted location)</source>
        <translation>(موقع محذوف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="171"/>
        <source>(deleted actor)</source>
        <translation>(جهة فاعلة محذوفة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="172"/>
        <source>(deleted capacity)</source>
        <translation>(قدرة محذوفة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="173"/>
        <source>(deleted handover)</source>
        <translation>(تسليم محذوف)</translation>
    </message>
</context>
<context>
    <name>ImportMatrix</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="36"/>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="37"/>
        <source>protection cluster</source>
        <translation>مجموعة الحماية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="38"/>
        <source>donor</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="76"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="182"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="187"/>
        <source>Export handover matrix</source>
        <translation>تصدير مصفوفة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="177"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="175"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="188"/>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="190"/>
        <source>Writing the workbook…</source>
        <translation>جارٍ كتابة المصنف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="193"/>
        <source>Cannot export the matrix</source>
        <translation>تعذر تصدير المصفوفة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="196"/>
        <source>Matrix exported</source>
        <translation>صُدِّرت المصفوفة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="197"/>
        <source>Wrote {rows} rows to {name}.</source>
        <translation>كُتب {rows} صف في {name}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="212"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="247"/>
        <source>Import handover matrix</source>
        <translation>استيراد مصفوفة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="214"/>
        <source>Handover matrix (*.xlsx *.csv)</source>
        <translation>مصفوفة التسليم ‏(*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="221"/>
        <source>Import as new rows?</source>
        <translation>استيراد كصفوف جديدة؟</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="223"/>
        <source>Add its rows to this plan as new rows instead?</source>
        <translation>هل تريد إضافة صفوفه إلى هذه الخطة كصفوف جديدة بدلًا من ذلك؟</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="230"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="234"/>
        <source>Cannot import the workbook</source>
        <translation>تعذر استيراد المصنف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="248"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="266"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="520"/>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="278"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="285"/>
        <source>exported {when} UTC for the {audience} audience</source>
        <translation>صُدِّر {when} بالتوقيت العالمي لجمهور «{audience}»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="287"/>
        <source>rows imported as new rows</source>
        <translation>صفوف مستوردة كصفوف جديدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="293"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {origin}: {added} added, {changed} changed, {deleted} deleted, {unchanged} unchanged, {conflicts} with conflicts, {unreadable} unreadable.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;، {origin}: أضيف {added}، وعُدّل {changed}، وحُذف {deleted}، ولم يتغير {unchanged}، وفيه تعارضات {conflicts}، وغير مقروء {unreadable}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="312"/>
        <source>Conflicts ({n})</source>
        <translation>التعارضات ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="314"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>Row / field</source>
        <translation>الصف / الحقل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="314"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>Plan now</source>
        <translation>الخطة الآن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="315"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="383"/>
        <source>Workbook</source>
        <translation>المصنف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="323"/>
        <source>Changed ({n})</source>
        <translation>المعدَّلة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="324"/>
        <source>Added ({n})</source>
        <translation>المضافة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="325"/>
        <source>Deleted ({n})</source>
        <translation>المحذوفة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="326"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="336"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="346"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="326"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="328"/>
        <source>conflict: {why}</source>
        <translation>تعارض: {why}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="331"/>
        <source>removes {n} record(s)</source>
        <translation>يزيل {n} سجلًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="336"/>
        <source>Why it cannot be read</source>
        <translation>لماذا تتعذر قراءته</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="346"/>
        <source>Why the cell is not imported</source>
        <translation>لماذا لم تُستورد الخلية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="348"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="368"/>
        <source>Row {n}: </source>
        <translation>الصف {n}: </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="344"/>
        <source>Unreadable ({n})</source>
        <translation>غير المقروءة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="276"/>
        <source>Nothing changes until you press Import. Edit &gt; Undo (Ctrl+Z) then takes the whole import back in one step; every change is also kept in the plan&apos;s history.</source>
        <translation>لا يتغير شيء حتى تضغط استيراد. بعد ذلك يتراجع تحرير &gt; تراجع (Ctrl+Z) عن الاستيراد كله في خطوة واحدة؛ ويُحفظ كل تغيير أيضاً في سجل الخطة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="289"/>
        <source>no record of the export (a CSV file, or a copy without its hidden sheets), so it is compared with the plan as it is now and no conflict can be found</source>
        <translation>لا سجل للتصدير (ملف CSV، أو نسخة دون أوراقها المخفية)، لذا تُقارن بالخطة كما هي الآن ولا يمكن اكتشاف أي تعارض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="354"/>
        <source>Cells not imported ({n})</source>
        <translation>خلايا لم تُستورد ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="367"/>
        <source>Funding row {n}: </source>
        <translation>صف التمويل {n}: </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="377"/>
        <source>These values were changed both in the plan since the export and in the workbook. Choose, for each, which one to keep.</source>
        <translation>عُدّلت هذه القيم في الخطة منذ التصدير وفي المصنف معًا. اختر لكل منها القيمة التي تحتفظ بها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>At export</source>
        <translation>عند التصدير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="383"/>
        <source>Keep</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="415"/>
        <source>Keep all plan values</source>
        <translation>الاحتفاظ بكل قيم الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="416"/>
        <source>Take all workbook values</source>
        <translation>أخذ كل قيم المصنف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="427"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="429"/>
        <source>Keep it (plan)</source>
        <translation>الاحتفاظ به (الخطة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="430"/>
        <source>Delete it (workbook)</source>
        <translation>حذفه (المصنف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="432"/>
        <source>Leave it deleted (plan)</source>
        <translation>إبقاؤه محذوفًا (الخطة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="433"/>
        <source>Add it again (workbook)</source>
        <translation>إضافته مجددًا (المصنف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="435"/>
        <source>Plan value</source>
        <translation>قيمة الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="436"/>
        <source>Workbook value</source>
        <translation>قيمة المصنف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="471"/>
        <source>{n} conflict(s) left to resolve</source>
        <translation>بقي {n} تعارض(ات) للحل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="486"/>
        <source>Delete {n} records?</source>
        <translation>حذف {n} سجل؟</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="487"/>
        <source>This import deletes {n} records: {rows} rows of the matrix and what belongs to them, listed on the Deleted tab. Deleted records can be restored from the plan&apos;s history. Delete them?</source>
        <translation>يحذف هذا الاستيراد {n} سجلًا: {rows} صفًا من المصفوفة وما يتبعها، مدرجة في تبويب المحذوفة. يمكن استعادة السجلات المحذوفة من السجل التاريخي للخطة. هل تحذفها؟</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="502"/>
        <source>Import handover matrix</source>
        <translation>استيراد مصفوفة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="502"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="507"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>ImportMonitoring</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="42"/>
        <source>Import monitoring values</source>
        <translation>استيراد قيم الرصد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="44"/>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation>ملفات تصدير الاستبيانات (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportMonitoringDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="68"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="185"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="327"/>
        <source>Import monitoring values</source>
        <translation>استيراد قيم الرصد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="75"/>
        <source>A KoboToolbox or ODK export (CSV or XLSX)</source>
        <translation>ملف مُصدَّر من KoboToolbox أو ODK (CSV أو XLSX)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="76"/>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="78"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="86"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="93"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="94"/>
        <source>Location (P-code or name)</source>
        <translation>الموقع (الرمز P-code أو الاسم)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="95"/>
        <source>Submission id (_uuid)</source>
        <translation>معرّف الإرسال (⁦_uuid⁩)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="96"/>
        <source>Or: indicator named in</source>
        <translation>أو: اسم المؤشر في</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="97"/>
        <source>with its value in</source>
        <translation>وقيمته في</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="101"/>
        <source>Column of the file</source>
        <translation>عمود الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="101"/>
        <source>First row</source>
        <translation>الصف الأول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="102"/>
        <source>Values of the indicator</source>
        <translation>قيم المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="117"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="120"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="117"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="120"/>
        <source>Why it is refused</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="125"/>
        <source>Nothing changes until you press Import. Ctrl+Z takes the whole import back; the plan remembers these columns for the next export of the same form.</source>
        <translation>لا يتغير شيء قبل الضغط على «استيراد». يلغي Ctrl+Z الاستيراد كله دفعة واحدة؛ وتحفظ الخطة هذه الأعمدة للتصدير التالي من الاستمارة نفسها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="133"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="167"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="186"/>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation>ملفات تصدير الاستبيانات (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="207"/>
        <source>Columns as the plan remembers them for the form &apos;{form}&apos;.</source>
        <translation>الأعمدة كما تحفظها الخطة للاستمارة «{form}».</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="209"/>
        <source>Columns guessed from the headers of &apos;{form}&apos;: check them.</source>
        <translation>أعمدة مُستنتَجة من عناوين «{form}»: تحقّق منها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="235"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="276"/>
        <source>{added} value(s) to add, {already} already in the plan, {refused} row(s) refused, {blank} row(s) without a value.</source>
        <translation>قيم للإضافة: {added}، موجودة في الخطة: {already}، صفوف مرفوضة: {refused}، صفوف بلا قيمة: {blank}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="306"/>
        <source>To add ({n})</source>
        <translation>للإضافة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="307"/>
        <source>Refused ({n})</source>
        <translation>مرفوضة ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="310"/>
        <source>Import {n} value(s), leave {m} row(s) out</source>
        <translation>استيراد القيم ({n}) وترك الصفوف المرفوضة ({m})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="311"/>
        <source>Import {n} value(s)</source>
        <translation>استيراد القيم ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="327"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="331"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="342"/>
        <source>Import of {n} value(s) from {name}</source>
        <translation>استيراد القيم ({n}) من {name}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="73"/>
        <source>%1, handed over to %2</source>
        <translation>%1، سُلِّمت إلى %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="82"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="83"/>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="84"/>
        <source>Latest</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="85"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="86"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="87"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="96"/>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="102"/>
        <source>at least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="102"/>
        <source>at most %1</source>
        <translation>%1 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="113"/>
        <source>No value yet</source>
        <translation>لا توجد قيمة بعد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="115"/>
        <source>Beyond in the latest period</source>
        <translation>تجاوزٌ في الفترة الأخيرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="116"/>
        <source>Inside for %n month(s)</source>
        <translation>
            <numerusform>ضمن العتبة منذ %n شهر</numerusform>
            <numerusform>ضمن العتبة منذ شهر واحد (%n)</numerusform>
            <numerusform>ضمن العتبة منذ شهرين (%n)</numerusform>
            <numerusform>ضمن العتبة منذ %n أشهر</numerusform>
            <numerusform>ضمن العتبة منذ %n شهرًا</numerusform>
            <numerusform>ضمن العتبة منذ %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="118"/>
        <source>Re-engage: %n period(s) beyond</source>
        <translation>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة %n فترة</numerusform>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة فترة واحدة (%n)</numerusform>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة فترتين (%n)</numerusform>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة %n فترات</numerusform>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة %n فترة</numerusform>
            <numerusform>إعادة الانخراط: تجاوزٌ لمدة %n فترة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="119"/>
        <source>Re-engage: %n period(s) silent</source>
        <translation>
            <numerusform>إعادة الانخراط: %n فترة بلا قيمة</numerusform>
            <numerusform>إعادة الانخراط: فترة واحدة بلا قيمة (%n)</numerusform>
            <numerusform>إعادة الانخراط: فترتان بلا قيمة (%n)</numerusform>
            <numerusform>إعادة الانخراط: %n فترات بلا قيمة</numerusform>
            <numerusform>إعادة الانخراط: %n فترة بلا قيمة</numerusform>
            <numerusform>إعادة الانخراط: %n فترة بلا قيمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="125"/>
        <source>Beyond the threshold for %n period(s) in a row: the UN should re-engage.</source>
        <translation>
            <numerusform>تجاوز العتبة لمدة %n فترة متتالية: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>تجاوز العتبة لمدة فترة واحدة (%n): على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>تجاوز العتبة لمدة فترتين متتاليتين (%n): على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>تجاوز العتبة لمدة %n فترات متتالية: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>تجاوز العتبة لمدة %n فترة متتالية: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>تجاوز العتبة لمدة %n فترة متتالية: على الأمم المتحدة إعادة الانخراط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="128"/>
        <source>Nothing reported for %n period(s): the UN should re-engage.</source>
        <translation>
            <numerusform>لم يُبلَّغ عن شيء منذ %n فترة: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>لم يُبلَّغ عن شيء منذ فترة واحدة (%n): على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>لم يُبلَّغ عن شيء منذ فترتين (%n): على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>لم يُبلَّغ عن شيء منذ %n فترات: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>لم يُبلَّغ عن شيء منذ %n فترة: على الأمم المتحدة إعادة الانخراط.</numerusform>
            <numerusform>لم يُبلَّغ عن شيء منذ %n فترة: على الأمم المتحدة إعادة الانخراط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="130"/>
        <source>A re-engagement trigger fires after %n period(s) in a row beyond the threshold or without a value.</source>
        <translation>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد %n فترة متتالية بعد العتبة أو بلا قيمة.</numerusform>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد فترة واحدة (%n) بعد العتبة أو بلا قيمة.</numerusform>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد فترتين متتاليتين (%n) بعد العتبة أو بلا قيمة.</numerusform>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد %n فترات متتالية بعد العتبة أو بلا قيمة.</numerusform>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد %n فترة متتالية بعد العتبة أو بلا قيمة.</numerusform>
            <numerusform>يُفعَّل إنذار إعادة الانخراط بعد %n فترة متتالية بعد العتبة أو بلا قيمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="153"/>
        <source>Unit: %1</source>
        <translation>الوحدة: %1</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="173"/>
        <source>Reading the inventory failed</source>
        <translation>فشلت قراءة الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="183"/>
        <source>Search capacities, locations, successors…</source>
        <translation>البحث في القدرات والمواقع والخلفاء…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="184"/>
        <source>Search the inventory</source>
        <translation>البحث في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="185"/>
        <source>Shows the capacities whose name, location or successor contains the text (Ctrl+F)</source>
        <translation>يعرض القدرات التي يحتوي اسمها أو موقعها أو خلفها على النص (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="189"/>
        <source>Category filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="192"/>
        <source>Location filter</source>
        <translation>تصفية حسب الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="195"/>
        <source>Handover status filter</source>
        <translation>تصفية حسب حالة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="198"/>
        <source>With &amp;flags only</source>
        <translation>التي فيها &amp;تنبيهات فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="199"/>
        <source>Only capacities with at least one gap flag</source>
        <translation>القدرات التي فيها تنبيه فجوة واحد على الأقل فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="203"/>
        <source>&amp;Add capacity…</source>
        <translation>إ&amp;ضافة قدرة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="204"/>
        <source>Add a capacity of the mission to the inventory</source>
        <translation>أضف قدرة من قدرات البعثة إلى الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="206"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="207"/>
        <source>Delete the selected capacities with their handovers and funding (Del; Ctrl+Z undoes)</source>
        <translation>احذف القدرات المحددة مع عمليات تسليمها وتمويلها (Del؛ Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="210"/>
        <source>C&amp;hange selected…</source>
        <translation>&amp;تغيير المحدد…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="212"/>
        <source>Set the location, category, criticality, handover status or successor of every selected capacity at once (Ctrl+E; Ctrl+Z undoes)</source>
        <translation>تعيين الموقع أو الفئة أو الأهمية أو حالة التسليم أو الجهة الخلف لكل القدرات المحددة دفعة واحدة (Ctrl+E؛ Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="230"/>
        <source>Show &amp;all</source>
        <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="231"/>
        <source>Show every capacity again</source>
        <translation>عرض كل القدرات مجددًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="247"/>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="440"/>
        <source>Pasted: %n capacities (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>لم تُلصق أي قدرة (%n)</numerusform>
            <numerusform>أُلصقت قدرة واحدة (%n) (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُلصقت قدرتان (%n) (Ctrl+Z يزيلهما)</numerusform>
            <numerusform>أُلصقت %n قدرات (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُلصقت %n قدرة (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُلصقت %n قدرة (Ctrl+Z يزيلها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="455"/>
        <source>Changed: %n records (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>لم يتغير أي سجل (%n)</numerusform>
            <numerusform>تغيّر سجل واحد (%n) (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تغيّر سجلان (%n) (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تغيّرت %n سجلات (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تغيّر %n سجلًا (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تغيّر %n سجل (Ctrl+Z للتراجع)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="512"/>
        <source>Delete capacities</source>
        <translation>حذف القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="307"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="309"/>
        <source>All locations</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="311"/>
        <source>Any handover status</source>
        <translation>أي حالة تسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="331"/>
        <source>{shown} of {total} capacities</source>
        <translation>{shown} من {total} قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="334"/>
        <source>(updating…)</source>
        <translation>(جارٍ التحديث…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="404"/>
        <source>Showing the %n capacities picked on the Gaps page</source>
        <translation>
            <numerusform>عرض القدرات المختارة في صفحة الفجوات (%n)</numerusform>
            <numerusform>عرض القدرة المختارة في صفحة الفجوات</numerusform>
            <numerusform>عرض القدرتين المختارتين في صفحة الفجوات</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة في صفحة الفجوات</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة في صفحة الفجوات</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة في صفحة الفجوات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="489"/>
        <source>Add capacity {name}</source>
        <translation>إضافة القدرة {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="493"/>
        <source>Added {name}</source>
        <translation>أضيفت {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="503"/>
        <source>Delete capacities (%n)</source>
        <translation>
            <numerusform>حذف القدرات (%n)</numerusform>
            <numerusform>حذف قدرة واحدة</numerusform>
            <numerusform>حذف قدرتين</numerusform>
            <numerusform>حذف %n قدرات</numerusform>
            <numerusform>حذف %n قدرة</numerusform>
            <numerusform>حذف %n قدرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="507"/>
        <source>Delete {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="515"/>
        <source>Deleted capacities: %n (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>القدرات المحذوفة: %n (Ctrl+Z يعيدها)</numerusform>
            <numerusform>حُذفت قدرة واحدة (Ctrl+Z يعيدها)</numerusform>
            <numerusform>حُذفت قدرتان (Ctrl+Z يعيدهما)</numerusform>
            <numerusform>حُذفت %n قدرات (Ctrl+Z يعيدها)</numerusform>
            <numerusform>حُذفت %n قدرة (Ctrl+Z يعيدها)</numerusform>
            <numerusform>حُذفت %n قدرة (Ctrl+Z يعيدها)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveFlags</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="56"/>
        <source>Gap flags of this capacity</source>
        <translation>تنبيهات الفجوات لهذه القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="83"/>
        <source>Gap flags: recomputing…</source>
        <translation>تنبيهات الفجوات: جارٍ إعادة الحساب…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/widgets/flags.py" line="85"/>
        <source>Gap flags: %n</source>
        <translation>
            <numerusform>تنبيهات الفجوات: %n</numerusform>
            <numerusform>تنبيهات الفجوات: تنبيه واحد</numerusform>
            <numerusform>تنبيهات الفجوات: تنبيهان</numerusform>
            <numerusform>تنبيهات الفجوات: %n تنبيهات</numerusform>
            <numerusform>تنبيهات الفجوات: %n تنبيهًا</numerusform>
            <numerusform>تنبيهات الفجوات: %n تنبيه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="87"/>
        <source>Gap flags: none, this capacity is covered</source>
        <translation>تنبيهات الفجوات: لا شيء، هذه القدرة مغطاة</translation>
    </message>
</context>
<context>
    <name>LocationClosureTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="263"/>
        <source>Closes on</source>
        <translation>يُغلق في</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="264"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="265"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="266"/>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="267"/>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="275"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="301"/>
        <source>No date of its own; closes with its enclosing location on %1</source>
        <translation>ليس له تاريخ خاص؛ يُغلق مع الموقع الذي يضمه في %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="304"/>
        <source>No closure date planned yet</source>
        <translation>لم يُخطط لتاريخ إغلاق بعد</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="49"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="50"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="51"/>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="52"/>
        <source>Closure</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="53"/>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="123"/>
        <source>Planned closure of the mission&apos;s presence; a date in brackets comes from an enclosing location</source>
        <translation>الإغلاق المخطط لوجود البعثة؛ التاريخ بين قوسين مأخوذ من موقع أعلى يضمه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="126"/>
        <source>OCHA P-code (admin1/admin2 codes)</source>
        <translation>الرمز المكاني لأوتشا (رموز المستوى الإداري 1 و2)</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="99"/>
        <source>Location tree</source>
        <translation>شجرة المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="100"/>
        <source>Drag a location onto another to move it inside; onto the empty space below to make it top level</source>
        <translation>اسحب موقعًا فوق آخر لنقله داخله؛ أو إلى المساحة الفارغة أدناه لجعله في المستوى الأعلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="115"/>
        <source>Problem moving a location</source>
        <translation>مشكلة في نقل موقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="118"/>
        <location filename="../../transition_planner/ui/pages/locations.py" line="121"/>
        <source>Team-site closure calendar</source>
        <translation>تقويم إغلاق القواعد الميدانية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="122"/>
        <source>Locations by planned closure date; team sites without a date are listed last</source>
        <translation>المواقع حسب تاريخ الإغلاق المخطط؛ والقواعد الميدانية بلا تاريخ تُدرج في النهاية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="160"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="160"/>
        <source>e.g. Kalima team site</source>
        <translation>مثال: قاعدة كاليما الميدانية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="161"/>
        <source>The place&apos;s name (required)</source>
        <translation>اسم المكان (مطلوب)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="162"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="163"/>
        <source>Country, province (admin1), territory (admin2), team site or field office</source>
        <translation>بلد، أو محافظة (المستوى الإداري 1)، أو إقليم (المستوى الإداري 2)، أو قاعدة ميدانية، أو مكتب ميداني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="165"/>
        <source>Inside</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="166"/>
        <source>The location this one belongs to (or drag it in the tree)</source>
        <translation>الموقع الذي يتبعه هذا الموقع (أو اسحبه في الشجرة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="167"/>
        <source>P-code</source>
        <translation>الرمز المكاني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="167"/>
        <source>e.g. CD6101</source>
        <translation>مثال: CD6101</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="168"/>
        <source>OCHA P-code of the place, at most 20 characters; checked against the gazetteer when one is imported</source>
        <translation>الرمز المكاني لأوتشا للمكان، 20 حرفًا على الأكثر؛ يُتحقق منه مقابل المعجم الجغرافي عند استيراده</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="173"/>
        <source>What the gazetteer says of the P-code</source>
        <translation>ما يقوله المعجم الجغرافي عن الرمز المكاني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="178"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="179"/>
        <source>Degrees north (negative south), WGS 84, e.g. -1.6792; empty: not on the map, or the gazetteer&apos;s centroid</source>
        <translation>درجات شمالًا (السالب جنوبًا)، WGS 84، مثلًا -1.6792؛ فارغ: ليس على الخريطة، أو مركز الوحدة في المعجم الجغرافي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="181"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="182"/>
        <source>Degrees east (negative west), WGS 84, e.g. 29.2228</source>
        <translation>درجات شرقًا (السالب غربًا)، WGS 84، مثلًا 29.2228</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="183"/>
        <source>degrees</source>
        <translation>درجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="185"/>
        <source>Closure date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="186"/>
        <source>When the mission plans to close its presence here; without a date the enclosing location&apos;s date applies</source>
        <translation>متى تخطط البعثة لإغلاق وجودها هنا؛ وبلا تاريخ ينطبق تاريخ الموقع الذي يضمه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="190"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="190"/>
        <source>Anything planners should know</source>
        <translation>كل ما ينبغي أن يعرفه المخطِّطون</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="191"/>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="191"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>استبعاد من صادرات المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="193"/>
        <source>A sensitive location is left out of exports for clusters and donors</source>
        <translation>يُستبعد الموقع الحساس من الصادرات الموجهة إلى المجموعات والمانحين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="202"/>
        <location filename="../../transition_planner/ui/pages/locations.py" line="295"/>
        <source>New location</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="202"/>
        <source>Empty the form to add a top-level location</source>
        <translation>أفرغ النموذج لإضافة موقع في المستوى الأعلى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="195"/>
        <source>New inside</source>
        <translation>جديد ضمنه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="196"/>
        <source>Add a location inside the one shown</source>
        <translation>أضف موقعًا ضمن الموقع المعروض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="204"/>
        <source>Add the location, or save the changes (Ctrl+Z undoes)</source>
        <translation>أضف الموقع أو احفظ التغييرات (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="205"/>
        <source>Delete the location; one that still holds locations or capacities cannot be deleted</source>
        <translation>احذف الموقع؛ لا يمكن حذف موقع لا يزال يضم مواقع أو قدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="198"/>
        <source>Drag a location in the tree to move it into another one.</source>
        <translation>اسحب موقعًا في الشجرة لنقله إلى موقع آخر.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="236"/>
        <source>— top level —</source>
        <translation>— المستوى الأعلى —</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="322"/>
        <source>%1 is not in the gazetteer: check the code</source>
        <translation>%1 غير موجود في المعجم الجغرافي: تحقق من الرمز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="326"/>
        <source>%1 in the gazetteer (admin %2)</source>
        <translation>%1 في المعجم الجغرافي (المستوى الإداري %2)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="369"/>
        <source>Add location %1</source>
        <translation>إضافة الموقع %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="369"/>
        <source>Change location %1</source>
        <translation>تعديل الموقع %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="370"/>
        <source>Delete location %1</source>
        <translation>حذف الموقع %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="380"/>
        <source>Move %1 into %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="381"/>
        <source>Move %1 to the top level</source>
        <translation>نقل %1 إلى المستوى الأعلى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="72"/>
        <source>on this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="73"/>
        <source>on {host}</source>
        <translation>على {host}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="74"/>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="168"/>
        <location filename="../../transition_planner/ui/main_window.py" line="192"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1233"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1247"/>
        <source>Transition Planner</source>
        <translation>Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="199"/>
        <source>Plan the handover of a UN mission&apos;s protection capacities to their successors, so that nothing falls off the protection cliff when the mission leaves. Every change is saved in the plan file as you make it.</source>
        <translation>خطِّط لتسليم قدرات الحماية لبعثة تابعة للأمم المتحدة إلى خلفائها، كي لا يسقط شيء من منحدر الحماية عند مغادرة البعثة. يُحفظ كل تغيير في ملف الخطة فور إجرائه.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="212"/>
        <location filename="../../transition_planner/ui/main_window.py" line="341"/>
        <source>&amp;New plan…</source>
        <translation>خطة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="212"/>
        <location filename="../../transition_planner/ui/main_window.py" line="343"/>
        <source>Start an empty plan file</source>
        <translation>ابدأ ملف خطة فارغًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="213"/>
        <location filename="../../transition_planner/ui/main_window.py" line="344"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;فتح خطة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="213"/>
        <source>Open a .tplan file</source>
        <translation>افتح ملفًا بصيغة ‎.tplan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="214"/>
        <location filename="../../transition_planner/ui/main_window.py" line="350"/>
        <source>Open the &amp;demo plan</source>
        <translation>فتح الخطة ال&amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="215"/>
        <source>A fictional mission with deliberate gaps, to explore the tool</source>
        <translation>بعثة خيالية فيها فجوات متعمدة، لاستكشاف الأداة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="223"/>
        <source>Recent plans:</source>
        <translation>الخطط الأخيرة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="227"/>
        <source>Recent plans</source>
        <translation>الخطط الأخيرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="246"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="332"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="346"/>
        <source>Open a .tplan plan file</source>
        <translation>افتح ملف خطة بصيغة ‎.tplan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="348"/>
        <source>Open &amp;team plan…</source>
        <translation>فتح خطة ال&amp;فريق…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="349"/>
        <source>Open a plan kept on the team&apos;s PostgreSQL server</source>
        <translation>فتح خطة محفوظة على خادم PostgreSQL الخاص بالفريق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="352"/>
        <source>Write a fresh copy of the demo plan and open it</source>
        <translation>اكتب نسخة جديدة من الخطة التجريبية وافتحها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="353"/>
        <source>&amp;Recent plans</source>
        <translation>الخطط ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="357"/>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="359"/>
        <source>Save what is being typed (fields are also saved when left)</source>
        <translation>احفظ ما تجري كتابته (تُحفظ الحقول أيضًا عند مغادرتها)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="370"/>
        <source>Write the handover matrix to an Excel workbook or a CSV file with HXL hashtags</source>
        <translation>كتابة مصفوفة التسليم في مصنف Excel أو ملف CSV مع وسوم HXL</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="373"/>
        <source>Read a handover matrix workbook or CSV file edited by partners</source>
        <translation>قراءة مصنف أو ملف CSV لمصفوفة التسليم عدّله الشركاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="375"/>
        <source>Export &amp;who does what where (3W)…</source>
        <translation>تصدير &amp;من يفعل ماذا وأين (3W)…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="376"/>
        <source>Write the handovers and their funding as a 3W table with HXL hashtags (CSV or Excel)</source>
        <translation>كتابة عمليات التسليم وتمويلها في جدول 3W مع وسوم HXL ‏(CSV أو Excel)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="452"/>
        <source>The plan&apos;s name, mission, mandate end, planned exit and horizon</source>
        <translation>اسم الخطة والبعثة وانتهاء الولاية والمغادرة المخططة والأفق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="361"/>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="363"/>
        <source>Write a copy of the plan to another file (changes are saved already)</source>
        <translation>اكتب نسخة من الخطة في ملف آخر (التغييرات محفوظة أصلًا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="365"/>
        <source>S&amp;ync with the team plan…</source>
        <translation>م&amp;زامنة مع خطة الفريق…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="366"/>
        <source>Send this field copy&apos;s changes to the team plan and bring theirs back</source>
        <translation>إرسال تغييرات هذه النسخة الميدانية إلى خطة الفريق وجلب تغييراتهم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="369"/>
        <source>&amp;Export handover matrix…</source>
        <translation>&amp;تصدير مصفوفة التسليم…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="372"/>
        <source>&amp;Import handover matrix…</source>
        <translation>ا&amp;ستيراد مصفوفة التسليم…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="378"/>
        <source>Import &amp;monitoring values…</source>
        <translation>استيراد قيم ال&amp;رصد…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="379"/>
        <source>Read indicator values from a KoboToolbox or ODK export (CSV or XLSX)</source>
        <translation>قراءة قيم المؤشرات من ملف مُصدَّر من KoboToolbox أو ODK (CSV أو XLSX)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="381"/>
        <source>Export &amp;report…</source>
        <translation>تصدير ال&amp;تقرير…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="382"/>
        <source>Write a PDF transition report for an audience</source>
        <translation>اكتب تقرير انتقال بصيغة PDF لجمهور معين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="391"/>
        <source>Export &amp;table view…</source>
        <translation>تصدير الجدول المعروض…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="393"/>
        <source>Write the table shown (its columns, filters and order) to an Excel workbook or a CSV file</source>
        <translation>كتابة الجدول المعروض (أعمدته ومرشحاته وترتيبه) في مصنف Excel أو ملف CSV</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="396"/>
        <source>C&amp;lose plan</source>
        <translation>إ&amp;غلاق الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="398"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="333"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="402"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="404"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="417"/>
        <source>&amp;New record</source>
        <translation>سجل &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="418"/>
        <source>Add a record to the page shown (a capacity, successor, location…)</source>
        <translation>إضافة سجل إلى الصفحة المعروضة (قدرة، جهة خلف، موقع…)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="420"/>
        <source>&amp;Edit record</source>
        <translation>&amp;تحرير السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="422"/>
        <source>Go to the first field of the selected record&apos;s form</source>
        <translation>الانتقال إلى أول حقل في نموذج السجل المحدد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="424"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="426"/>
        <source>Delete the selected records (Ctrl+Z brings them back)</source>
        <translation>حذف السجلات المحددة (Ctrl+Z يعيدها)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="428"/>
        <source>&amp;Change selected capacities…</source>
        <translation>&amp;تغيير القدرات المحددة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="430"/>
        <source>Set one value for every capacity selected in the inventory</source>
        <translation>تعيين قيمة واحدة لكل قدرة محددة في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="432"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;نسخ الصفوف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="433"/>
        <source>Copy the selected rows with their column titles, to paste into a spreadsheet</source>
        <translation>نسخ الصفوف المحددة مع عناوين أعمدتها للصقها في جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="436"/>
        <source>&amp;Paste rows…</source>
        <translation>&amp;لصق الصفوف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="437"/>
        <source>Add capacities or successors from rows copied in a spreadsheet (shown first)</source>
        <translation>إضافة قدرات أو خلفاء من صفوف منسوخة من جدول بيانات (تُعرض أولًا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="439"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="441"/>
        <source>Go to the search field of the page shown</source>
        <translation>الانتقال إلى حقل البحث في الصفحة المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="444"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="334"/>
        <source>&amp;Plan</source>
        <translation>ال&amp;خطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="451"/>
        <source>&amp;Properties…</source>
        <translation>&amp;خصائص…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="454"/>
        <source>&amp;Milestones…</source>
        <translation>المعالم ال&amp;رئيسية…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="455"/>
        <source>Mandate decisions, drawdown phases, closures, reviews</source>
        <translation>قرارات الولاية، ومراحل الانسحاب، والإغلاقات، والمراجعات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="457"/>
        <source>&amp;Vocabulary…</source>
        <translation>الم&amp;صطلحات…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="458"/>
        <source>The plan&apos;s own categories, actor types and other terms</source>
        <translation>فئات الخطة وأنواع الجهات الفاعلة فيها ومصطلحاتها الأخرى</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="461"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="463"/>
        <source>Read the plan file again</source>
        <translation>اقرأ ملف الخطة مجددًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="465"/>
        <source>&amp;Start page</source>
        <translation>صفحة ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="466"/>
        <source>The steps of a first plan, a matrix to import, the demo</source>
        <translation>خطوات الخطة الأولى، ومصفوفة للاستيراد، والعرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="336"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="476"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="477"/>
        <source>A short manual: the pages, a first plan step by step, the matrix, reports, team plans</source>
        <translation>دليل قصير: الصفحات، وخطة أولى خطوة بخطوة، والمصفوفة، والتقارير، وخطط الفريق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="480"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="481"/>
        <source>Every key of the window&apos;s menus</source>
        <translation>كل مفاتيح قوائم النافذة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="483"/>
        <source>&amp;About Transition Planner</source>
        <translation>&amp;حول Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="580"/>
        <source>Capacities without a successor: {n}</source>
        <translation>قدرات بلا جهة خلف: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="581"/>
        <source>Gap flags: {n}</source>
        <translation>تنبيهات الفجوات: {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/main_window.py" line="649"/>
        <source>Copied %n rows</source>
        <translation>
            <numerusform>لم يُنسخ أي صف (%n)</numerusform>
            <numerusform>نُسخ صف واحد (%n)</numerusform>
            <numerusform>نُسخ صفان (%n)</numerusform>
            <numerusform>نُسخت %n صفوف</numerusform>
            <numerusform>نُسخ %n صفًا</numerusform>
            <numerusform>نُسخ %n صف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="672"/>
        <source>Export table view</source>
        <translation>تصدير الجدول المعروض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="675"/>
        <source>This page has no table to export.</source>
        <translation>لا يوجد في هذه الصفحة جدول لتصديره.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="683"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/main_window.py" line="692"/>
        <source>Saved %n rows to {name}</source>
        <translation>
            <numerusform>لم يُحفظ أي صف (%n) في {name}</numerusform>
            <numerusform>حُفظ صف واحد (%n) في {name}</numerusform>
            <numerusform>حُفظ صفان (%n) في {name}</numerusform>
            <numerusform>حُفظت %n صفوف في {name}</numerusform>
            <numerusform>حُفظ %n صفًا في {name}</numerusform>
            <numerusform>حُفظ %n صف في {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="776"/>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="805"/>
        <source>Open a plan</source>
        <translation>فتح خطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="849"/>
        <source>The plan was written by an older version and has been upgraded; the original is kept as {backup}.</source>
        <translation>كُتبت الخطة بإصدار أقدم وجرت ترقيتها؛ والأصل محفوظ باسم {backup}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="927"/>
        <source>Synced with {server}: {sent} change(s) sent, {received} record(s) brought up to date.</source>
        <translation>تمت المزامنة مع {server}: أُرسل {sent} تغيير، وحُدّث {received} سجل.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="950"/>
        <source>{name} is open elsewhere</source>
        <translation>{name} مفتوحة في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="951"/>
        <source>{user} has this plan open for editing {where} since {when} UTC.</source>
        <translation>{user} يفتح هذه الخطة للتحرير {where} منذ {when} بالتوقيت العالمي.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="954"/>
        <source>Open it read-only to look at it while they work. If you know that window is no longer open (its computer crashed, say), open it for editing: both windows can save changes safely, but neither sees the other&apos;s until it is refreshed.</source>
        <translation>افتحها للقراءة فقط لتطلع عليها أثناء عمله. وإن كنت تعلم أن تلك النافذة لم تعد مفتوحة (تعطل حاسوبها مثلًا)، فافتحها للتحرير: يمكن للنافذتين حفظ التغييرات بأمان، لكن أيًا منهما لا ترى تغييرات الأخرى حتى تُحدَّث.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="957"/>
        <source>Open &amp;read-only</source>
        <translation>فتح ل&amp;لقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="958"/>
        <source>Open for &amp;editing anyway</source>
        <translation>فتح للت&amp;حرير رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="969"/>
        <source>Cannot open {name}</source>
        <translation>تعذر فتح {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1025"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1046"/>
        <source>Cannot write the demo plan</source>
        <translation>تعذرت كتابة الخطة التجريبية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1033"/>
        <source>Writing the demo plan…</source>
        <translation>جارٍ كتابة الخطة التجريبية…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1034"/>
        <source>Demo plan</source>
        <translation>الخطة التجريبية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1071"/>
        <source>Save a copy of the plan</source>
        <translation>حفظ نسخة من الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1072"/>
        <source>Transition plans (*.tplan)</source>
        <translation>خطط الانتقال (*.tplan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1081"/>
        <source>Cannot save the copy</source>
        <translation>تعذر حفظ النسخة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1085"/>
        <source>Copy saved to {path}</source>
        <translation>حُفظت النسخة في {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1102"/>
        <source>This installation is incomplete</source>
        <translation>هذا التثبيت غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1103"/>
        <source>This action cannot run: {error}. Reinstall Transition Planner; the log file {log} has the details.</source>
        <translation>لا يمكن تنفيذ هذا الإجراء: {error}. أعد تثبيت Transition Planner؛ وفي ملف السجل {log} التفاصيل.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1145"/>
        <source>Team plan: {name}</source>
        <translation>خطة الفريق: {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1150"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1153"/>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1187"/>
        <source>Read-only: {path}</source>
        <translation>للقراءة فقط: {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1188"/>
        <source>Saved as you work in {path}</source>
        <translation>يُحفظ أثناء عملك في {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1190"/>
        <source>Team plan, saved as you work on {path}</source>
        <translation>خطة الفريق، تُحفظ أثناء العمل على {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1217"/>
        <source>opened read-only: {user} has it open for editing {where} since {when} UTC</source>
        <translation>فُتحت للقراءة فقط: {user} يفتحها للتحرير {where} منذ {when} بالتوقيت العالمي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1222"/>
        <source>Read-only ({why}). You can read the plan and export reports; changes cannot be saved.</source>
        <translation>للقراءة فقط ({why}). يمكنك قراءة الخطة وتصدير التقارير؛ ولا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1241"/>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1245"/>
        <source>(team plan: {server})</source>
        <translation>(خطة الفريق: {server})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1306"/>
        <source>About Transition Planner</source>
        <translation>حول Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1307"/>
        <source>Transition Planner {version}

Plans the handover of a UN peace operation&apos;s protection capacities to successor organisations.</source>
        <translation>Transition Planner {version}

يخطط لتسليم قدرات الحماية لعملية سلام تابعة للأمم المتحدة إلى المنظمات التي تخلفها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1329"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1330"/>
        <source>A form holds changes that are not saved (a new record not added yet, or a value the plan refuses). Close and lose them?</source>
        <translation>في أحد النماذج تغييرات غير محفوظة (سجل جديد لم يُضف بعد، أو قيمة ترفضها الخطة). هل تغلق وتفقدها؟</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="427"/>
        <source>No location of this plan is on a map yet. Import the country&apos;s gazetteer and boundaries (the COD-AB files OCHA publishes for each country, as CSV or XLSX and GeoJSON or a zipped shapefile), or type the coordinates of team sites on the Locations page.</source>
        <translation>لا يوجد أي موقع من هذه الخطة على الخريطة بعد. استورد المعجم الجغرافي للبلد وحدوده (ملفات COD-AB التي تنشرها أوتشا لكل بلد، بصيغة CSV أو XLSX وGeoJSON أو ملف شكل مضغوط)، أو اكتب إحداثيات القواعد الميدانية في صفحة المواقع.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="452"/>
        <source>Colour the map by</source>
        <translation>تلوين الخريطة حسب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="453"/>
        <source>Uncovered capacity-months</source>
        <translation>أشهر القدرات غير المغطاة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="454"/>
        <source>Month coverage first falls</source>
        <translation>الشهر الذي تبدأ فيه التغطية بالانخفاض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="456"/>
        <source>Colour by:</source>
        <translation>التلوين حسب:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="460"/>
        <source>Areas filled</source>
        <translation>المناطق الملونة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="462"/>
        <source>Areas:</source>
        <translation>المناطق:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="466"/>
        <source>Show the map as seen by</source>
        <translation>عرض الخريطة كما يراها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="467"/>
        <source>Mission (everything)</source>
        <translation>البعثة (كل شيء)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="468"/>
        <source>Protection cluster</source>
        <translation>مجموعة الحماية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="469"/>
        <source>Donors</source>
        <translation>المانحون</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="473"/>
        <source>Clusters and donors do not see sensitive places; what you save is what you see</source>
        <translation>لا ترى المجموعات والمانحون الأماكن الحساسة؛ وما تحفظه هو ما تراه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="475"/>
        <source>As seen by:</source>
        <translation>كما يراها:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="484"/>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="486"/>
        <source>Category shown</source>
        <translation>الفئة المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="487"/>
        <source>POC tier shown</source>
        <translation>مستوى حماية المدنيين المعروض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="488"/>
        <source>Population shown</source>
        <translation>الفئة المستفيدة المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="498"/>
        <source>&amp;Import gazetteer…</source>
        <translation>ا&amp;ستيراد المعجم الجغرافي…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="501"/>
        <source>Load the country&apos;s administrative units and boundaries (OCHA COD-AB files)</source>
        <translation>حمّل الوحدات الإدارية للبلد وحدودها (ملفات COD-AB من أوتشا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="504"/>
        <source>&amp;Save map…</source>
        <translation>&amp;حفظ الخريطة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="506"/>
        <source>Save the map as shown, as a PNG image or SVG</source>
        <translation>احفظ الخريطة كما تظهر، صورةً بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="513"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="693"/>
        <source>&amp;Play</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="516"/>
        <source>Replay the withdrawal month by month</source>
        <translation>أعد عرض الانسحاب شهرًا بعد شهر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="521"/>
        <source>Month shown</source>
        <translation>الشهر المعروض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="566"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="808"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/map.py" line="584"/>
        <source>%n sensitive place(s) not drawn for this audience</source>
        <translation>
            <numerusform>لم يُرسم أي مكان حساس لهذا الجمهور (%n)</numerusform>
            <numerusform>لم يُرسم مكان حساس واحد لهذا الجمهور</numerusform>
            <numerusform>لم يُرسم مكانان حساسان لهذا الجمهور</numerusform>
            <numerusform>لم تُرسم %n أماكن حساسة لهذا الجمهور</numerusform>
            <numerusform>لم يُرسم %n مكانًا حساسًا لهذا الجمهور</numerusform>
            <numerusform>لم يُرسم %n مكان حساس لهذا الجمهور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="588"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="588"/>
        <source>Provinces (admin 1)</source>
        <translation>المحافظات (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="589"/>
        <source>Territories (admin 2)</source>
        <translation>الأقاليم (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="589"/>
        <source>Admin 3</source>
        <translation>المستوى الإداري 3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="606"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="606"/>
        <source>All tiers</source>
        <translation>كل المستويات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="607"/>
        <source>All populations</source>
        <translation>كل الفئات المستفيدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="610"/>
        <source>Tier {tier}</source>
        <translation>المستوى {tier}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="612"/>
        <source>(no population named)</source>
        <translation>(لم تُذكر فئة مستفيدة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="670"/>
        <source>{month} (after the mission&apos;s exit)</source>
        <translation>{month} (بعد مغادرة البعثة)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="672"/>
        <source>covered so far</source>
        <translation>المغطى حتى الآن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="672"/>
        <source>no capacity</source>
        <translation>لا توجد قدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="673"/>
        <source>dashed: the mission has left</source>
        <translation>متقطع: غادرت البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="675"/>
        <source>First month without enough cover</source>
        <translation>أول شهر بلا تغطية كافية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="679"/>
        <source>Capacity-months without enough cover</source>
        <translation>أشهر القدرات بلا تغطية كافية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="690"/>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="712"/>
        <source>Capacities: {n}</source>
        <translation>القدرات: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="713"/>
        <source>Uncovered capacity-months to {month}: {n}</source>
        <translation>أشهر القدرات غير المغطاة حتى {month}: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="715"/>
        <source>Capacities short of cover in {month}: {n}</source>
        <translation>القدرات التي تنقصها التغطية في {month}: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="718"/>
        <source>Coverage first falls in {month}</source>
        <translation>تبدأ التغطية بالانخفاض في {month}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="722"/>
        <source>The mission leaves in {month}</source>
        <translation>تغادر البعثة في {month}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="725"/>
        <source>Click to list them in the Inventory</source>
        <translation>انقر لسردها في الجرد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/map.py" line="740"/>
        <source>Showing the %n capacities of {place} picked on the Map page</source>
        <translation>
            <numerusform>عرض قدرات {place} المختارة في صفحة الخريطة (%n)</numerusform>
            <numerusform>عرض القدرة المختارة من {place} في صفحة الخريطة</numerusform>
            <numerusform>عرض القدرتين المختارتين من {place} في صفحة الخريطة</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة من {place} في صفحة الخريطة</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة من {place} في صفحة الخريطة</numerusform>
            <numerusform>عرض القدرات الـ%n المختارة من {place} في صفحة الخريطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="748"/>
        <source>Gazetteer tables (*.csv *.xlsx)</source>
        <translation>جداول المعجم الجغرافي (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="749"/>
        <source>Boundaries (*.geojson *.json *.zip *.shp)</source>
        <translation>الحدود (*.geojson *.json *.zip *.shp)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="750"/>
        <source>Gazetteer and boundaries (*.csv *.xlsx *.geojson *.json *.zip *.shp)</source>
        <translation>المعجم الجغرافي والحدود (*.csv *.xlsx *.geojson *.json *.zip *.shp)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="752"/>
        <source>Import gazetteer</source>
        <translation>استيراد المعجم الجغرافي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="771"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="771"/>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="772"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="782"/>
        <source>Save map</source>
        <translation>حفظ الخريطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="784"/>
        <source>Saved the map to {path}</source>
        <translation>حُفظت الخريطة في {path}</translation>
    </message>
</context>
<context>
    <name>MapSuccessorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="354"/>
        <source>Map a successor to {capacity}</source>
        <translation>تعيين خلف لـ{capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="363"/>
        <source>Organisations present in {place} or around it:</source>
        <translation>المنظمات الموجودة في {place} أو حولها:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="368"/>
        <source>Search by name or acronym</source>
        <translation>البحث بالاسم أو الاختصار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="369"/>
        <source>Search organisations</source>
        <translation>البحث عن المنظمات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="372"/>
        <source>Show organisations present elsewhere too</source>
        <translation>عرض المنظمات الموجودة في أماكن أخرى أيضًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="375"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="379"/>
        <source>Handover date</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="380"/>
        <source>When the successor starts providing it (empty: not known yet)</source>
        <translation>متى يبدأ الخلف بتقديمها (فارغ: غير معروف بعد)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="382"/>
        <source>Handover date:</source>
        <translation>تاريخ التسليم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="388"/>
        <source>&amp;Map</source>
        <translation>&amp;تعيين</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="421"/>
        <source>Choose the organisation that takes it over.</source>
        <translation>اختر المنظمة التي تتولاها.</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="61"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="62"/>
        <source>Milestone</source>
        <translation>المعلم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="63"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="64"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="239"/>
        <source>Milestones</source>
        <translation>المعالم الرئيسية</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="97"/>
        <source>Milestones</source>
        <translation>المعالم الرئيسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="106"/>
        <source>e.g. Security Council mandate renewal</source>
        <translation>مثلًا: تجديد مجلس الأمن للولاية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="107"/>
        <source>Milestone</source>
        <translation>المعلم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="107"/>
        <source>What happens on that day</source>
        <translation>ما يحدث في ذلك اليوم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="108"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="109"/>
        <source>Mandate decision, drawdown phase, closure, handover, exit, review…</source>
        <translation>قرار بشأن الولاية، مرحلة انسحاب، إغلاق، تسليم، خروج، مراجعة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="110"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="111"/>
        <source>The day it happens or is due</source>
        <translation>اليوم الذي يحدث فيه أو يُنتظر فيه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="112"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="113"/>
        <source>Where it happens; none for the whole mission</source>
        <translation>مكان حدوثه؛ لا شيء للبعثة كلها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="117"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="117"/>
        <source>Decisions, references, caveats</source>
        <translation>قرارات، مراجع، تحفظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="121"/>
        <source>&amp;New milestone</source>
        <translation>معلم رئيسي &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="122"/>
        <source>Empty the form to add a milestone</source>
        <translation>إفراغ النموذج لإضافة معلم رئيسي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="123"/>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="181"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="124"/>
        <source>Add the milestone (changes to one are saved when you leave a field; Ctrl+Z undoes)</source>
        <translation>إضافة المعلم الرئيسي (تُحفظ التغييرات عليه عند مغادرة الحقل؛ Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="126"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="127"/>
        <source>Delete the milestone (Ctrl+Z brings it back)</source>
        <translation>حذف المعلم الرئيسي (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="173"/>
        <source>The whole mission</source>
        <translation>البعثة كلها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="198"/>
        <source>Add milestone %1</source>
        <translation>إضافة المعلم الرئيسي %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="198"/>
        <source>Change milestone %1</source>
        <translation>تغيير المعلم الرئيسي %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="199"/>
        <source>Delete milestone %1</source>
        <translation>حذف المعلم الرئيسي %1</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="122"/>
        <source>Reading the monitoring failed</source>
        <translation>تعذّرت قراءة بيانات الرصد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="132"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="276"/>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="137"/>
        <source>&amp;Handover:</source>
        <translation>ال&amp;تسليم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="139"/>
        <source>Add &amp;default indicators</source>
        <translation>إضافة المؤشرات ال&amp;افتراضية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="141"/>
        <source>Attach what the taxonomy suggests watching for this handover&apos;s category (Ctrl+Z removes them)</source>
        <translation>إرفاق ما يقترح التصنيف رصده لفئة هذا التسليم (Ctrl+Z يزيلها)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="143"/>
        <source>Show in the &amp;Inventory</source>
        <translation>عرض في ال&amp;جرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="144"/>
        <source>Show the handed-over capacity in the Inventory</source>
        <translation>عرض القدرة المسلَّمة في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="160"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="205"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="569"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="209"/>
        <source>Values against the threshold</source>
        <translation>القيم مقارنةً بالعتبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="210"/>
        <source>The values (red where they crossed the threshold) against the threshold (dashed)</source>
        <translation>القيم (بالأحمر حيث تجاوزت العتبة) مقارنةً بالعتبة (الخط المتقطع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="215"/>
        <source>Values of the indicator</source>
        <translation>قيم المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="225"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="226"/>
        <source>The day the value was measured (its month or quarter counts)</source>
        <translation>يوم قياس القيمة (يُحتسب شهره أو ربعه)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="228"/>
        <source>e.g. 58</source>
        <translation>مثلًا 58</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="229"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="229"/>
        <source>What was measured</source>
        <translation>ما تم قياسه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="230"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="230"/>
        <source>e.g. monitoring visit</source>
        <translation>مثلًا زيارة رصد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="231"/>
        <source>Where the value comes from</source>
        <translation>مصدر القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="232"/>
        <source>New value</source>
        <translation>قيمة جديدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="233"/>
        <source>Empty the fields to add a value</source>
        <translation>إفراغ الحقول لإضافة قيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="234"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="594"/>
        <source>Add value</source>
        <translation>إضافة القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="235"/>
        <source>Add the value (Return; Ctrl+Z undoes)</source>
        <translation>إضافة القيمة (Return؛ Ctrl+Z يتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="236"/>
        <source>Delete value</source>
        <translation>حذف القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="237"/>
        <source>Delete the selected value</source>
        <translation>حذف القيمة المحددة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="238"/>
        <source>Paste values…</source>
        <translation>لصق قيم…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="240"/>
        <source>Add values copied from a spreadsheet: a date and a value per row (Ctrl+V)</source>
        <translation>إضافة قيم منسوخة من جدول بيانات: تاريخ وقيمة في كل صف (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="271"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="271"/>
        <source>e.g. Alerts answered</source>
        <translation>مثلًا التنبيهات المُجاب عنها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="272"/>
        <source>What is watched after the exit</source>
        <translation>ما يُرصد بعد الخروج</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="133"/>
        <source>Show the indicators of one handover; type part of its capacity or successor to find it</source>
        <translation>عرض مؤشرات تسليم واحد؛ اكتب جزءًا من اسم قدرته أو خلفه للعثور عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="136"/>
        <source>Type to search handovers</source>
        <translation>اكتب للبحث عن تسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="277"/>
        <source>The handover it measures: a trigger keeps it from being marked verified sustained; type part of its name to find it</source>
        <translation>التسليم الذي يقيسه: يمنع تفعيلُ الإنذار وسمَه بأنه مستدام تم التحقق منه؛ اكتب جزءًا من اسمه للعثور عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="282"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="282"/>
        <source>Where it is measured</source>
        <translation>مكان القياس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="283"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="283"/>
        <source>e.g. %</source>
        <translation>مثلًا %</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="284"/>
        <source>What a value counts: %, alerts a month, days…</source>
        <translation>ما تعدّه القيمة: %، تنبيهات في الشهر، أيام…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="285"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="286"/>
        <source>The value while the mission was still there</source>
        <translation>القيمة حين كانت البعثة لا تزال موجودة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="287"/>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="288"/>
        <source>The value beyond which the UN must look again</source>
        <translation>القيمة التي يجب على الأمم المتحدة بعد تجاوزها أن تعيد النظر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="289"/>
        <source>Bad when</source>
        <translation>سيئ عندما يكون</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="290"/>
        <source>Which side of the threshold is bad</source>
        <translation>أي جانب من العتبة هو السيئ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="291"/>
        <source>Expected every</source>
        <translation>متوقع كل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="292"/>
        <source>How often a value is expected</source>
        <translation>كم مرة تُتوقع قيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="293"/>
        <source>Periods (N)</source>
        <translation>الفترات (N)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="294"/>
        <source>N periods in a row beyond the threshold, or without a value, call for re-engagement</source>
        <translation>N فترات متتالية بعد العتبة، أو بلا قيمة، تستدعي إعادة الانخراط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="296"/>
        <source>Monitored from</source>
        <translation>يُرصد ابتداءً من</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="297"/>
        <source>Empty: from the handover&apos;s start date</source>
        <translation>فارغ: من تاريخ بدء التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="300"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="300"/>
        <source>How it is measured, by whom</source>
        <translation>كيف يُقاس ومن يقيسه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="302"/>
        <source>below the threshold</source>
        <translation>دون العتبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="302"/>
        <source>above the threshold</source>
        <translation>فوق العتبة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="304"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="304"/>
        <source>quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="305"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="446"/>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="306"/>
        <source>Empty the form to add an indicator</source>
        <translation>إفراغ النموذج لإضافة مؤشر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="307"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="308"/>
        <source>Add the indicator, or save the changes (Ctrl+Z undoes)</source>
        <translation>إضافة المؤشر أو حفظ التغييرات (Ctrl+Z يتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="310"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="311"/>
        <source>Delete the indicator and its values</source>
        <translation>حذف المؤشر وقيمه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="355"/>
        <source>All handovers</source>
        <translation>كل عمليات التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="356"/>
        <source>Indicators of places</source>
        <translation>مؤشرات الأماكن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="359"/>
        <source>None (an indicator of a place)</source>
        <translation>لا شيء (مؤشر مكان)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="403"/>
        <source>%1 of %2 indicators</source>
        <translation>%1 من أصل %2 مؤشر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="406"/>
        <source>Indicators calling for re-engagement (in red): %n. The UN should look again.</source>
        <translation>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
            <numerusform>مؤشرات تستدعي إعادة الانخراط (بالأحمر): %n. على الأمم المتحدة أن تعيد النظر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="445"/>
        <source>Indicator: %1</source>
        <translation>المؤشر: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="490"/>
        <source>Add indicator %1</source>
        <translation>إضافة المؤشر %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="490"/>
        <source>Change indicator %1</source>
        <translation>تعديل المؤشر %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="491"/>
        <source>Delete indicator %1</source>
        <translation>حذف المؤشر %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="512"/>
        <source>The capacity of the handover %1</source>
        <translation>قدرة التسليم %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="528"/>
        <source>No default indicator to add: this handover has them all, or its category suggests none.</source>
        <translation>لا يوجد مؤشر افتراضي لإضافته: لدى هذا التسليم جميعها، أو لا تقترح فئته أيًّا منها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="532"/>
        <source>Add %n default indicators</source>
        <translation>
            <numerusform>إضافة مؤشرات افتراضية (%n)</numerusform>
            <numerusform>إضافة مؤشر افتراضي واحد (%n)</numerusform>
            <numerusform>إضافة مؤشرين افتراضيين (%n)</numerusform>
            <numerusform>إضافة %n مؤشرات افتراضية</numerusform>
            <numerusform>إضافة %n مؤشرًا افتراضيًا</numerusform>
            <numerusform>إضافة %n مؤشر افتراضي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="546"/>
        <source>Added %n default indicators (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>أُضيفت مؤشرات افتراضية (%n) (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُضيف مؤشر افتراضي واحد (%n) (Ctrl+Z يزيله)</numerusform>
            <numerusform>أُضيف مؤشران افتراضيان (%n) (Ctrl+Z يزيلهما)</numerusform>
            <numerusform>أُضيفت %n مؤشرات افتراضية (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُضيف %n مؤشرًا افتراضيًا (Ctrl+Z يزيلها)</numerusform>
            <numerusform>أُضيف %n مؤشر افتراضي (Ctrl+Z يزيلها)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="563"/>
        <source>threshold %1</source>
        <translation>العتبة %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="568"/>
        <source>Values of %1</source>
        <translation>قيم %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="604"/>
        <source>Save value</source>
        <translation>حفظ القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="652"/>
        <source>Add a value of %1</source>
        <translation>إضافة قيمة إلى %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="662"/>
        <source>Change a value of %1</source>
        <translation>تعديل قيمة في %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="682"/>
        <source>Delete a value of %1</source>
        <translation>حذف قيمة من %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="715"/>
        <source>Choose an indicator first: pasted values are added to the indicator shown.</source>
        <translation>اختر مؤشرًا أولًا: تُضاف القيم الملصقة إلى المؤشر المعروض.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="721"/>
        <source>Pasted: %n values (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>لُصقت قيم (%n) (Ctrl+Z يزيلها)</numerusform>
            <numerusform>لُصقت قيمة واحدة (%n) (Ctrl+Z يزيلها)</numerusform>
            <numerusform>لُصقت قيمتان (%n) (Ctrl+Z يزيلهما)</numerusform>
            <numerusform>لُصقت %n قيم (Ctrl+Z يزيلها)</numerusform>
            <numerusform>لُصقت %n قيمة (Ctrl+Z يزيلها)</numerusform>
            <numerusform>لُصقت %n قيمة (Ctrl+Z يزيلها)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="43"/>
        <source>Plan name:</source>
        <translation>اسم الخطة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="44"/>
        <source>e.g. Transition plan 2027-2028</source>
        <translation>مثال: خطة الانتقال 2027-2028</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="45"/>
        <source>Mission:</source>
        <translation>البعثة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="46"/>
        <source>e.g. United Nations Stabilization Mission in …</source>
        <translation>مثال: بعثة الأمم المتحدة لتحقيق الاستقرار في …</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="47"/>
        <source>Acronym:</source>
        <translation>الاختصار:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="48"/>
        <source>Host country:</source>
        <translation>البلد المضيف:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="49"/>
        <source>Mandate ends:</source>
        <translation>انتهاء الولاية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="50"/>
        <source>Planned exit:</source>
        <translation>المغادرة المخططة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="51"/>
        <source>Plan from:</source>
        <translation>الخطة اعتبارًا من:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="52"/>
        <source>First month the plan covers; empty: this month</source>
        <translation>أول شهر تغطيه الخطة؛ فارغ: هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="53"/>
        <source>Months covered:</source>
        <translation>الأشهر المغطاة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="55"/>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="56"/>
        <source>Three letters, e.g. USD</source>
        <translation>ثلاثة أحرف، مثلًا USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="106"/>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="115"/>
        <source>Plan file</source>
        <translation>ملف الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="116"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="123"/>
        <source>Plan file:</source>
        <translation>ملف الخطة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="131"/>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="138"/>
        <source>New plan file</source>
        <translation>ملف خطة جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="139"/>
        <source>Transition plans (*.tplan)</source>
        <translation>خطط الانتقال (*.tplan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="161"/>
        <source>Say where to save the plan file.</source>
        <translation>حدد مكان حفظ ملف الخطة.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/number_field.py" line="91"/>
        <source>is not a number (e.g. {example})</source>
        <translation>ليس رقمًا (مثلًا {example})</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="32"/>
        <source>Inventory</source>
        <translation>الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="33"/>
        <source>The mission&apos;s protection capacities</source>
        <translation>قدرات الحماية لدى البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="35"/>
        <source>Successors</source>
        <translation>الخلفاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="36"/>
        <source>Successor and partner organisations</source>
        <translation>المنظمات الخلف والشريكة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="38"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="39"/>
        <source>Provinces, team sites and their closure dates</source>
        <translation>المحافظات والقواعد الميدانية وتواريخ إغلاقها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="41"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="42"/>
        <source>Funding lines and what is unfunded, by year</source>
        <translation>بنود التمويل وما هو غير ممول، حسب السنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="44"/>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="45"/>
        <source>Milestones, closures and handover dates</source>
        <translation>المراحل الرئيسية وعمليات الإغلاق وتواريخ التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="47"/>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="48"/>
        <source>The protection cliff: coverage gaps and flags</source>
        <translation>منحدر الحماية: فجوات التغطية والتنبيهات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="50"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="51"/>
        <source>Where and when coverage falls, on the country&apos;s map</source>
        <translation>أين ومتى تنخفض التغطية، على خريطة البلد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="53"/>
        <source>Monitoring</source>
        <translation>الرصد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="54"/>
        <source>After the exit: indicators of the handovers and when the UN must re-engage</source>
        <translation>بعد الخروج: مؤشرات عمليات التسليم ومتى يجب على الأمم المتحدة إعادة الانخراط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="57"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="58"/>
        <source>Who changed what, and restoring deleted records</source>
        <translation>من غيّر ماذا، واستعادة السجلات المحذوفة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="79"/>
        <source>The {page} page cannot be shown: this installation is incomplete ({error}). Reinstall Transition Planner; the log file {log} has the details.</source>
        <translation>لا يمكن عرض صفحة {page}: هذا التثبيت غير مكتمل ({error}). أعد تثبيت Transition Planner؛ وفي ملف السجل {log} التفاصيل.</translation>
    </message>
</context>
<context>
    <name>PasteRows</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="140"/>
        <source>Copy the column titles with the rows: the first line says which column is the name, the location, the category…</source>
        <translation>انسخ عناوين الأعمدة مع الصفوف: السطر الأول يبيّن أي عمود هو الاسم والموقع والفئة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="122"/>
        <source>No column is called Capacity or Name, so the rows cannot be read as capacities.</source>
        <translation>لا يوجد عمود باسم «القدرة» أو «الاسم»، لذا لا يمكن قراءة الصفوف كقدرات.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="132"/>
        <source>No column is called Name or Successor, so the rows cannot be read as successors.</source>
        <translation>لا يوجد عمود باسم «الاسم» أو «الخلف»، لذا لا يمكن قراءة الصفوف كخلفاء.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="169"/>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="195"/>
        <source>unknown {field} “{text}”</source>
        <translation>{field} غير معروف «{text}»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="170"/>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="175"/>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="201"/>
        <source>no location called “{text}” in this plan</source>
        <translation>لا يوجد موقع باسم «{text}» في هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="182"/>
        <source>no type given</source>
        <translation>لم يُحدَّد النوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="213"/>
        <source>{field}: “{text}” is not a {what}</source>
        <translation>{field}: «{text}» ليس {what}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="215"/>
        <source>date</source>
        <translation>تاريخًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="216"/>
        <source>number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="218"/>
        <source>no location given</source>
        <translation>لم يُحدَّد موقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="220"/>
        <source>no category given</source>
        <translation>لم تُحدَّد فئة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="237"/>
        <source>Paste {n} capacities</source>
        <translation>لصق {n} من القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="240"/>
        <source>Paste {n} successors</source>
        <translation>لصق {n} من الخلفاء</translation>
    </message>
</context>
<context>
    <name>PasteRowsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="266"/>
        <source>Paste successors</source>
        <translation>لصق الخلفاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="267"/>
        <source>Paste capacities</source>
        <translation>لصق القدرات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="274"/>
        <source>%n rows will be added as new successors.</source>
        <translation>
            <numerusform>لن يُضاف أي صف (%n).</numerusform>
            <numerusform>سيُضاف صف واحد (%n) كخلف جديد.</numerusform>
            <numerusform>سيُضاف صفان (%n) كخلفين جديدين.</numerusform>
            <numerusform>ستُضاف %n صفوف كخلفاء جدد.</numerusform>
            <numerusform>سيُضاف %n صفًا كخلفاء جدد.</numerusform>
            <numerusform>سيُضاف %n صف كخلفاء جدد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="275"/>
        <source>%n rows will be added as new capacities.</source>
        <translation>
            <numerusform>لن يُضاف أي صف (%n).</numerusform>
            <numerusform>سيُضاف صف واحد (%n) كقدرة جديدة.</numerusform>
            <numerusform>سيُضاف صفان (%n) كقدرتين جديدتين.</numerusform>
            <numerusform>ستُضاف %n صفوف كقدرات جديدة.</numerusform>
            <numerusform>سيُضاف %n صفًا كقدرات جديدة.</numerusform>
            <numerusform>سيُضاف %n صف كقدرات جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="278"/>
        <source>%n rows have problems (in red) and will be left out.</source>
        <translation>
            <numerusform>لا توجد صفوف بها مشكلات (%n).</numerusform>
            <numerusform>صف واحد (%n) به مشكلات (بالأحمر) وسيُستبعد.</numerusform>
            <numerusform>صفان (%n) بهما مشكلات (بالأحمر) وسيُستبعدان.</numerusform>
            <numerusform>%n صفوف بها مشكلات (بالأحمر) وستُستبعد.</numerusform>
            <numerusform>%n صفًا بها مشكلات (بالأحمر) وستُستبعد.</numerusform>
            <numerusform>%n صف بها مشكلات (بالأحمر) وستُستبعد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="281"/>
        <source>Columns not read: {titles}.</source>
        <translation>أعمدة لم تُقرأ: {titles}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="295"/>
        <source>&amp;Add %n successors</source>
        <translation>
            <numerusform>لا إضافة (%n)</numerusform>
            <numerusform>إضافة خلف واحد (%n)</numerusform>
            <numerusform>إضافة خلفين (%n)</numerusform>
            <numerusform>إضافة %n خلفاء</numerusform>
            <numerusform>إضافة %n خلفًا</numerusform>
            <numerusform>إضافة %n خلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="296"/>
        <source>&amp;Add %n capacities</source>
        <translation>
            <numerusform>إ&amp;ضافة %n قدرة</numerusform>
            <numerusform>إ&amp;ضافة قدرة واحدة (%n)</numerusform>
            <numerusform>إ&amp;ضافة قدرتين (%n)</numerusform>
            <numerusform>إ&amp;ضافة %n قدرات</numerusform>
            <numerusform>إ&amp;ضافة %n قدرة</numerusform>
            <numerusform>إ&amp;ضافة %n قدرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="303"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="304"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>PasteValues</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="60"/>
        <source>The clipboard holds no rows. Copy two columns in a spreadsheet: the date and the value (a third column may say where it comes from).</source>
        <translation>لا تحتوي الحافظة على أي صف. انسخ عمودين من جدول بيانات: التاريخ والقيمة (ويمكن لعمود ثالث أن يذكر مصدرها).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="74"/>
        <source>a row needs a date and a value</source>
        <translation>يحتاج الصف إلى تاريخ وقيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="80"/>
        <source>no date</source>
        <translation>لا يوجد تاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="82"/>
        <source>“{text}” is not a date (write 2026-08-31 or 31/08/2026)</source>
        <translation>«{text}» ليس تاريخًا (اكتب 2026-08-31 أو 31/08/2026)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="88"/>
        <source>“{text}” is not a number</source>
        <translation>«{text}» ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="102"/>
        <source>Paste {n} values of {name}</source>
        <translation>لصق قيم ({n}) في {name}</translation>
    </message>
</context>
<context>
    <name>PasteValuesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="127"/>
        <source>Paste values of %1</source>
        <translation>لصق قيم في %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="132"/>
        <source>%n values will be added.</source>
        <translation>
            <numerusform>لن تُضاف أي قيمة (%n).</numerusform>
            <numerusform>ستُضاف قيمة واحدة (%n).</numerusform>
            <numerusform>ستُضاف قيمتان (%n).</numerusform>
            <numerusform>ستُضاف %n قيم.</numerusform>
            <numerusform>ستُضاف %n قيمة.</numerusform>
            <numerusform>ستُضاف %n قيمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="134"/>
        <source>%n rows are refused (in red) and will be left out.</source>
        <translation>
            <numerusform>لا صفوف مرفوضة (%n).</numerusform>
            <numerusform>رُفض صف واحد (%n) (بالأحمر) ولن يُضاف.</numerusform>
            <numerusform>رُفض صفان (%n) (بالأحمر) ولن يُضافا.</numerusform>
            <numerusform>رُفضت %n صفوف (بالأحمر) ولن تُضاف.</numerusform>
            <numerusform>رُفض %n صفًا (بالأحمر) ولن تُضاف.</numerusform>
            <numerusform>رُفض %n صف (بالأحمر) ولن تُضاف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="137"/>
        <source>The first line holds column titles: it is skipped.</source>
        <translation>يحتوي السطر الأول على عناوين الأعمدة: سيُتخطّى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="151"/>
        <source>&amp;Add %n values</source>
        <translation>
            <numerusform>إ&amp;ضافة القيم (%n)</numerusform>
            <numerusform>إ&amp;ضافة قيمة واحدة (%n)</numerusform>
            <numerusform>إ&amp;ضافة قيمتين (%n)</numerusform>
            <numerusform>إ&amp;ضافة %n قيم</numerusform>
            <numerusform>إ&amp;ضافة %n قيمة</numerusform>
            <numerusform>إ&amp;ضافة %n قيمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="159"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="66"/>
        <source>Plan properties</source>
        <translation>خصائص الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="90"/>
        <source>Change plan properties</source>
        <translation>تعديل خصائص الخطة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="36"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="39"/>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="40"/>
        <source>Recorded in the plan&apos;s history with every change you make</source>
        <translation>يُسجَّل في السجل التاريخي للخطة مع كل تغيير تجريه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="41"/>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="42"/>
        <source>e.g. UNSMK Protection of Civilians Unit</source>
        <translation>مثال: وحدة حماية المدنيين في UNSMK</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="43"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="45"/>
        <source>Default currency:</source>
        <translation>العملة الافتراضية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="46"/>
        <source>Proposed for new funding lines, e.g. USD</source>
        <translation>تُقترح لبنود التمويل الجديدة، مثلًا USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="48"/>
        <source>This plan</source>
        <translation>هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="51"/>
        <source>Readiness threshold:</source>
        <translation>حد الجاهزية:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="52"/>
        <source>A successor scoring below this on any dimension is flagged as not ready</source>
        <translation>يُنبَّه على الخلف الذي يحصل على درجة أدنى من هذا الحد في أي بُعد بأنه غير جاهز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="62"/>
        <source>Open a plan to change its threshold.</source>
        <translation>افتح خطة لتغيير حدها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="94"/>
        <source>Your preferences could not be saved: {error}</source>
        <translation>تعذر حفظ تفضيلاتك: {error}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="107"/>
        <source>Change the readiness threshold to {value}</source>
        <translation>تغيير حد الجاهزية إلى {value}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyReasons</name>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="60"/>
        <source>opened read-only</source>
        <translation>فُتحت للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="61"/>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="62"/>
        <source>its folder cannot be written to</source>
        <translation>لا يمكن الكتابة في مجلده</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="63"/>
        <source>it is on a read-only disk, such as a CD or a write-protected USB stick</source>
        <translation>إنه على قرص للقراءة فقط، مثل قرص مضغوط أو ذاكرة USB محمية من الكتابة</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="44"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="153"/>
        <source>Not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="47"/>
        <source>Not ready: {count} of {total} dimensions below {threshold}</source>
        <translation>غير جاهز: {count} من {total} أبعاد دون {threshold}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="51"/>
        <source>Partly assessed: {count} of {total} dimensions scored</source>
        <translation>مقيَّم جزئيًا: {count} من {total} أبعاد لها درجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="53"/>
        <source>Ready: lowest score {score}/5 (threshold {threshold})</source>
        <translation>جاهز: أدنى درجة {score}/5 (الحد {threshold})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="70"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="71"/>
        <source>confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="72"/>
        <source>evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="73"/>
        <source>date assessed</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="80"/>
        <source>What the score rests on</source>
        <translation>ما تستند إليه الدرجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="126"/>
        <source>Successor:</source>
        <translation>الخلف:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="128"/>
        <source>Handover whose readiness is shown</source>
        <translation>التسليم الذي تُعرض جاهزيته</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="139"/>
        <source>Readiness summary</source>
        <translation>ملخص الجاهزية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="142"/>
        <source>Map a successor on the Successors tab to assess its readiness.</source>
        <translation>عيّن خلفًا في تبويب الخلفاء لتقييم جاهزيته.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="163"/>
        <source>not scored</source>
        <translation>بلا درجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>not ready</source>
        <translation>غير جاهز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>partly ready</source>
        <translation>جاهز جزئيًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="166"/>
        <source>mostly ready</source>
        <translation>جاهز في معظمه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="166"/>
        <source>fully ready</source>
        <translation>جاهز تمامًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="177"/>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="177"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="314"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="178"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="314"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="178"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="315"/>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="253"/>
        <source>Agreement signed</source>
        <translation>الاتفاق موقَّع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="257"/>
        <source>Agreement only drafted: nothing signed gives the authority yet</source>
        <translation>الاتفاق في مرحلة المسودة فقط: لا يوجد بعدُ ما هو موقَّع يمنح الصلاحية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="259"/>
        <source>No agreement recorded: nothing written gives the authority yet</source>
        <translation>لم يُسجَّل أي اتفاق: لا يوجد بعدُ نص مكتوب يمنح الصلاحية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="289"/>
        <source>Choose a score from 1 to 5 first: evidence and date belong to a score.</source>
        <translation>اختر أولًا درجة من 1 إلى 5: الأدلة والتاريخ تتبع الدرجة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="291"/>
        <source>Clear {dimension} readiness of {actor}</source>
        <translation>مسح جاهزية {actor} في بُعد {dimension}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="296"/>
        <source>Score {dimension} readiness of {actor}: {score}/5</source>
        <translation>تقييم جاهزية {actor} في بُعد {dimension}: {score}/5</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="315"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="30"/>
        <source>Lowest score of each successor on each dimension over its active handovers (1 not ready, 5 fully ready; below {threshold} is flagged). Weakest successors at the top, weakest dimensions on the left; click a cell to list the capacities.</source>
        <translation>أدنى درجة لكل خلف في كل بُعد عبر عمليات التسليم النشطة (1 غير جاهز، 5 جاهز تمامًا؛ يُنبَّه على ما دون {threshold}). الخلفاء الأضعف في الأعلى، والأبعاد الأضعف في البداية؛ انقر على خلية لسرد القدرات.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="45"/>
        <source>{score} of 5</source>
        <translation>{score} من 5</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="46"/>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="172"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="196"/>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="285"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="50"/>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="55"/>
        <source>Donors and headquarters</source>
        <translation>المانحون والمقار</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="56"/>
        <source>Protection cluster and partners</source>
        <translation>مجموعة الحماية والشركاء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="57"/>
        <source>Mission planners (internal)</source>
        <translation>مخطِّطو البعثة (داخلي)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="59"/>
        <source>Prepared for:</source>
        <translation>معَدّ لـ:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="63"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="68"/>
        <source>Locations (none ticked: the whole plan):</source>
        <translation>المواقع (إن لم يُحدَّد شيء: الخطة كلها):</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="79"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="88"/>
        <source>The internal report contains every sensitive record and field: do not share it outside the mission.</source>
        <translation>يحتوي التقرير الداخلي على كل سجل وحقل حساس: لا تشاركه خارج البعثة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="91"/>
        <source>Records and fields marked sensitive are left out; the figures still count them.</source>
        <translation>تُستبعد السجلات والحقول المعلَّمة بأنها حساسة؛ ولا تزال الأرقام تحتسبها.</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="59"/>
        <source>Scenario to compare with</source>
        <translation>السيناريو المراد المقارنة به</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="62"/>
        <source>&amp;Clone scenario…</source>
        <translation>&amp;نسخ السيناريو…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="64"/>
        <source>Copy a scenario with every closure earlier, e.g. an accelerated withdrawal</source>
        <translation>انسخ سيناريو مع تقديم كل الإغلاقات، مثل الانسحاب المعجَّل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="68"/>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="180"/>
        <source>Delete scenario</source>
        <translation>حذف السيناريو</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="69"/>
        <source>Delete the scenario compared with (Ctrl+Z brings it back)</source>
        <translation>احذف السيناريو المقارَن به (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="82"/>
        <source>Successors keep their dates in every scenario: moving closures earlier shows which handovers come too late. The compared scenario is drawn over the protection-cliff chart.</source>
        <translation>يحتفظ الخلفاء بتواريخهم في كل سيناريو: تقديم الإغلاقات يُظهر عمليات التسليم التي تأتي متأخرة. ويُرسم السيناريو المقارَن به فوق رسم منحدر الحماية.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="98"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="106"/>
        <source>Compare {name} with:</source>
        <translation>مقارنة {name} مع:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="125"/>
        <source>Unfunded after exit ({currency})</source>
        <translation>غير ممولة بعد المغادرة ({currency})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="157"/>
        <source>Clone scenario {name}</source>
        <translation>نسخ السيناريو {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="166"/>
        <source>Added scenario {name}</source>
        <translation>أضيف السيناريو {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="177"/>
        <source>Delete scenario {name}</source>
        <translation>حذف السيناريو {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="27"/>
        <source>Del deletes the selected records only when the table has the focus; in a field it deletes characters. Ctrl+Z undoes.</source>
        <translation>مفتاح Del يحذف السجلات المحددة فقط عندما يكون التركيز على الجدول؛ وفي الحقل يحذف الأحرف. Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="32"/>
        <source>Filter: an action or a key</source>
        <translation>تصفية: إجراء أو مفتاح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="33"/>
        <source>Filter the shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="43"/>
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="46"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="48"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was deleted by {who} while you were editing it. Your change was not saved.</source>
        <translation>حذف {who} &lt;b&gt;{label}&lt;/b&gt; بينما كنت تعدّله. لم يُحفظ تغييرك.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="51"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was changed by {who} since you opened it. Your change was not saved yet: take theirs, or keep yours over it.</source>
        <translation>غيّر {who} &lt;b&gt;{label}&lt;/b&gt; منذ أن فتحته. لم يُحفظ تغييرك بعد: خذ تغييرهم، أو احتفظ بتغييرك فوقه.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Theirs now</source>
        <translation>قيمتهم الآن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="59"/>
        <source>Changed by</source>
        <translation>غيّره</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="64"/>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="65"/>
        <source>(not changed)</source>
        <translation>(لم يتغير)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="80"/>
        <source>Your earlier changes stay on the undo list either way.</source>
        <translation>تبقى تغييراتك السابقة في قائمة التراجع في الحالتين.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="84"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>إعادة ال&amp;تحميل (أخذ قيمتهم)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="85"/>
        <source>Drop your change and show the record as it is now</source>
        <translation>التخلي عن تغييرك وعرض السجل كما هو الآن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="88"/>
        <source>&amp;Keep mine</source>
        <translation>الاحتفاظ ب&amp;قيمتي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="89"/>
        <source>Save your values over theirs (Ctrl+Z puts theirs back)</source>
        <translation>حفظ قيمك فوق قيمهم (Ctrl+Z يعيد قيمهم)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="103"/>
        <source>{user}, {when} UTC</source>
        <translation>{user}، {when} بالتوقيت العالمي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="129"/>
        <source>Your change cannot be saved</source>
        <translation>لا يمكن حفظ تغييرك</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="66"/>
        <source>Start your plan</source>
        <translation>ابدأ خطتك</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="73"/>
        <source>A transition plan lists the mission&apos;s protection capacities, who takes each one over, when, and with what money. Build it in four steps, or start from a handover matrix your team already keeps in Excel.</source>
        <translation>تسرد خطة الانتقال قدرات الحماية لدى البعثة، ومن يتسلم كل واحدة منها، ومتى، وبأي تمويل. أنشئها في أربع خطوات، أو ابدأ من مصفوفة تسليم يحتفظ بها فريقك في Excel.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="91"/>
        <source>Or start from what you have:</source>
        <translation>أو ابدأ مما لديك:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="95"/>
        <source>Import a handover matrix…</source>
        <translation>استيراد مصفوفة تسليم…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="96"/>
        <source>Read a handover matrix workbook (.xlsx) into this plan</source>
        <translation>قراءة مصنف مصفوفة تسليم (.xlsx) في هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="98"/>
        <source>Open the demo</source>
        <translation>فتح العرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="99"/>
        <source>A fictional mission with deliberate gaps, to see a finished plan</source>
        <translation>بعثة خيالية فيها ثغرات مقصودة، لرؤية خطة مكتملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="102"/>
        <source>Read the user guide</source>
        <translation>قراءة دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="102"/>
        <source>Help &gt; User guide: a short manual</source>
        <translation>مساعدة &gt; دليل المستخدم: دليل قصير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="113"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="114"/>
        <source>The provinces, districts and team sites where the mission works, with the date each site closes.</source>
        <translation>المقاطعات والمناطق ومواقع الأفرقة التي تعمل فيها البعثة، مع تاريخ إغلاق كل موقع.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="115"/>
        <source>Go to Locations</source>
        <translation>الانتقال إلى المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="116"/>
        <source>Capacities</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="117"/>
        <source>What the mission does to protect civilians at each place: patrols, alert networks, monitoring, radio, the flights others depend on.</source>
        <translation>ما تقوم به البعثة لحماية المدنيين في كل مكان: الدوريات، وشبكات الإنذار، والرصد، والإذاعة، والرحلات الجوية التي يعتمد عليها الآخرون.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="119"/>
        <source>Go to Inventory</source>
        <translation>الانتقال إلى الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="120"/>
        <source>Successors</source>
        <translation>الجهات الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="121"/>
        <source>The organisations that take each capacity over, and for what share; map them on each capacity&apos;s Successors tab.</source>
        <translation>المنظمات التي تتسلم كل قدرة، وبأي حصة؛ اربطها في تبويب الجهات الخلف لكل قدرة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="122"/>
        <source>Go to Successors</source>
        <translation>الانتقال إلى الجهات الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="123"/>
        <source>Funding</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="124"/>
        <source>The money for each capacity or handover after the mission leaves: who pays, how much, for which period.</source>
        <translation>تمويل كل قدرة أو تسليم بعد مغادرة البعثة: من يدفع، وكم، ولأي فترة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="125"/>
        <source>Go to Funding</source>
        <translation>الانتقال إلى التمويل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="188"/>
        <source>%n location(s) so far</source>
        <translation>
            <numerusform>لا مواقع حتى الآن (%n)</numerusform>
            <numerusform>موقع واحد حتى الآن</numerusform>
            <numerusform>موقعان حتى الآن</numerusform>
            <numerusform>%n مواقع حتى الآن</numerusform>
            <numerusform>%n موقعاً حتى الآن</numerusform>
            <numerusform>%n موقع حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="190"/>
        <source>%n capacity(ies) so far</source>
        <translation>
            <numerusform>لا قدرات حتى الآن (%n)</numerusform>
            <numerusform>قدرة واحدة حتى الآن</numerusform>
            <numerusform>قدرتان حتى الآن</numerusform>
            <numerusform>%n قدرات حتى الآن</numerusform>
            <numerusform>%n قدرة حتى الآن</numerusform>
            <numerusform>%n قدرة حتى الآن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="192"/>
        <source>{done} of {total} capacities have a successor; {actors} organisation(s) in the plan</source>
        <translation>{done} من {total} قدرة لها جهة خلف؛ {actors} منظمة في الخطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="196"/>
        <source>%n funding line(s) so far</source>
        <translation>
            <numerusform>لا بنود تمويل حتى الآن (%n)</numerusform>
            <numerusform>بند تمويل واحد حتى الآن</numerusform>
            <numerusform>بندا تمويل حتى الآن</numerusform>
            <numerusform>%n بنود تمويل حتى الآن</numerusform>
            <numerusform>%n بند تمويل حتى الآن</numerusform>
            <numerusform>%n بند تمويل حتى الآن</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>Started</source>
        <translation>بدأ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
</context>
<context>
    <name>SuccessorPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="107"/>
        <source>&amp;Map successor…</source>
        <translation>&amp;تعيين خلف…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="109"/>
        <source>Choose an organisation present where the capacity is, and when it takes over</source>
        <translation>اختر منظمة موجودة حيث توجد القدرة، ومتى تتولاها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="111"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="112"/>
        <source>Remove the selected handover</source>
        <translation>إزالة التسليم المحدد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="121"/>
        <source>Successor</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="122"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="123"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="124"/>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="125"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="126"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="127"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="132"/>
        <source>Successors of this capacity</source>
        <translation>خلفاء هذه القدرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="151"/>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="257"/>
        <source>Handover</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="155"/>
        <source>Successor:</source>
        <translation>الخلف:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="156"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="157"/>
        <source>Share taken over (%):</source>
        <translation>الحصة المتولاة (%):</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="158"/>
        <source>Part of the capacity this successor takes over, 0 to 100</source>
        <translation>الجزء الذي يتولاه هذا الخلف من القدرة، من 0 إلى 100</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="159"/>
        <source>Quantity taken over:</source>
        <translation>الكمية المتولاة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="160"/>
        <source>Optional: how many, e.g. 12 of the 30 assistants</source>
        <translation>اختياري: كم العدد، مثلًا 12 من أصل 30 مساعدًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="161"/>
        <source>Modality:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="162"/>
        <source>Handover date:</source>
        <translation>تاريخ التسليم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="163"/>
        <source>When the successor starts providing it</source>
        <translation>متى يبدأ الخلف بتقديمها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="164"/>
        <source>Commitment ends:</source>
        <translation>ينتهي الالتزام في:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="165"/>
        <source>Empty: beyond the plan&apos;s horizon</source>
        <translation>فارغ: بعد أفق الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="166"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="167"/>
        <source>Note on the status change:</source>
        <translation>ملاحظة على تغيير الحالة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="168"/>
        <source>Recorded in the status history with the next status change</source>
        <translation>تُسجَّل في سجل الحالات مع التغيير التالي للحالة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="169"/>
        <source>Agreement:</source>
        <translation>الاتفاق:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="170"/>
        <source>None, drafted or signed: a handover begun without a signed agreement is flagged</source>
        <translation>لا يوجد، أو مسودة، أو موقَّع: يُنبَّه على التسليم الذي يبدأ دون اتفاق موقَّع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="172"/>
        <source>Agreement reference:</source>
        <translation>مرجع الاتفاق:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="173"/>
        <source>MoU, exchange of letters, e.g. &apos;MoU 2027/14&apos;</source>
        <translation>مذكرة تفاهم، أو تبادل رسائل، مثلًا «مذكرة التفاهم 2027/14»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="174"/>
        <source>Agreement signed on:</source>
        <translation>تاريخ توقيع الاتفاق:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="175"/>
        <source>Fallback for:</source>
        <translation>بديل عن:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="176"/>
        <source>A fallback counts for nothing until the handover it stands in for is declined or handed back</source>
        <translation>لا يُحتسب البديل حتى يُرفض التسليم الذي يحل محله أو يُعاد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="178"/>
        <source>Data handover:</source>
        <translation>تسليم البيانات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="179"/>
        <source>How contact lists, case files and databases are handed over, with which consent</source>
        <translation>كيف تُسلَّم قوائم الاتصال وملفات الحالات وقواعد البيانات، وبأي موافقة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="180"/>
        <source>Data-handover protocol agreed</source>
        <translation>بروتوكول تسليم البيانات متفق عليه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="181"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="182"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>سجل حساس (للصادرات الداخلية فقط)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="184"/>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="188"/>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="205"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="205"/>
        <source>Drafted</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="206"/>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="210"/>
        <source>No successor organisation in this plan yet: add them on the Successors page.</source>
        <translation>لا توجد منظمة خلف في هذه الخطة بعد: أضفها في صفحة الخلفاء.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="261"/>
        <source>Handover to {actor}</source>
        <translation>التسليم إلى {actor}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="264"/>
        <source>(not a fallback)</source>
        <translation>(ليس بديلًا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="271"/>
        <source>{day}  {step}, by {user}{note}</source>
        <translation>{day}  {step}، بواسطة {user}{note}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="300"/>
        <source>Map {actor} to {capacity}</source>
        <translation>تعيين {actor} لـ{capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="320"/>
        <source>Remove {actor} as successor</source>
        <translation>إزالة {actor} كخلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="337"/>
        <source>Change {field} of the handover to {actor}</source>
        <translation>تعديل {field} في التسليم إلى {actor}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="44"/>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="64"/>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="242"/>
        <source>Sync with the team plan</source>
        <translation>المزامنة مع خطة الفريق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="45"/>
        <source>Password for {server}:</source>
        <translation>كلمة المرور لـ {server}:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="67"/>
        <source>Comparing {file} with {server}…</source>
        <translation>مقارنة {file} مع {server}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="73"/>
        <source>Cannot sync</source>
        <translation>تتعذر المزامنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="90"/>
        <source>Sync {file} with the team plan</source>
        <translation>مزامنة {file} مع خطة الفريق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="99"/>
        <source>Conflicts ({n})</source>
        <translation>التعارضات ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="101"/>
        <source>Sent to the server ({n})</source>
        <translation>يُرسل إلى الخادم ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="105"/>
        <source>The server is written in one transaction, then this file: a sync cut off halfway can simply be run again. The undo history is cleared afterwards.</source>
        <translation>يُكتب الخادم في معاملة واحدة، ثم هذا الملف: يمكن ببساطة إعادة تشغيل مزامنة انقطعت في منتصفها. يُمسح سجل التراجع بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="107"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="115"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked out from {server} by {who} on {when}. {sent} change(s) go to the server, {pulled} record(s) come back into this file, {conflicts} conflict(s) to choose.</source>
        <translation>استخرج {who} الملف &lt;b&gt;{file}&lt;/b&gt; من {server} في {when}. يذهب {sent} تغيير إلى الخادم، ويعود {pulled} سجل إلى هذا الملف، و{conflicts} تعارض يجب الاختيار فيه.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="125"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="138"/>
        <source>deleted on the server since the checkout, but edited in this file</source>
        <translation>حُذف على الخادم منذ الاستخراج، لكنه عُدّل في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="140"/>
        <source>deleted in this file, but edited on the server since the checkout</source>
        <translation>حُذف في هذا الملف، لكنه عُدّل على الخادم منذ الاستخراج</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="147"/>
        <source>These values were changed both on the server and in this file since the checkout. Choose, for each, which one to keep.</source>
        <translation>تغيّرت هذه القيم على الخادم وفي هذا الملف معًا منذ الاستخراج. اختر لكل منها القيمة التي تحتفظ بها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>Record / field</source>
        <translation>السجل / الحقل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>At checkout</source>
        <translation>عند الاستخراج</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>Server now</source>
        <translation>الخادم الآن</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="153"/>
        <source>This file</source>
        <translation>هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="153"/>
        <source>Keep</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="176"/>
        <source>Keep all server values</source>
        <translation>الاحتفاظ بكل قيم الخادم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="177"/>
        <source>Keep all values of this file</source>
        <translation>الاحتفاظ بكل قيم هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="188"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="190"/>
        <source>Keep it (server)</source>
        <translation>الاحتفاظ به (الخادم)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="191"/>
        <source>Delete it (this file)</source>
        <translation>حذفه (هذا الملف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="193"/>
        <source>Leave it deleted (server)</source>
        <translation>تركه محذوفًا (الخادم)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="194"/>
        <source>Put it back (this file)</source>
        <translation>إعادته (هذا الملف)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="196"/>
        <source>Server&apos;s value</source>
        <translation>قيمة الخادم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="197"/>
        <source>This file&apos;s value</source>
        <translation>قيمة هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="203"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="203"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="204"/>
        <source>added in this file</source>
        <translation>أُضيف في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="204"/>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="205"/>
        <source>deleted in this file</source>
        <translation>حُذف في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="230"/>
        <source>{n} conflict(s) left to choose</source>
        <translation>بقي {n} تعارض للاختيار فيه</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="242"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="247"/>
        <source>Nothing was synced</source>
        <translation>لم تتم مزامنة أي شيء</translation>
    </message>
</context>
<context>
    <name>TeamPlanDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="144"/>
        <source>Open a team plan</source>
        <translation>فتح خطة فريق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="148"/>
        <source>A team plan lives in a PostgreSQL database that your team works on together. Ask the mission&apos;s IT for the server&apos;s address, the database and your login.</source>
        <translation>تُحفظ خطة الفريق في قاعدة بيانات PostgreSQL يعمل عليها فريقك معًا. اطلب من قسم تقنية المعلومات في البعثة عنوان الخادم وقاعدة البيانات واسم دخولك.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="154"/>
        <source>Recent team plans</source>
        <translation>خطط الفريق الأخيرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="155"/>
        <source>(type the server below)</source>
        <translation>(اكتب الخادم أدناه)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="160"/>
        <source>&amp;Recent:</source>
        <translation>ال&amp;أخيرة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="165"/>
        <source>e.g. db.mission.example, or 192.0.2.10</source>
        <translation>مثلًا db.mission.example أو 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="172"/>
        <source>e.g. plan</source>
        <translation>مثلًا plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="176"/>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="176"/>
        <source>P&amp;ort:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="177"/>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="178"/>
        <source>&amp;User:</source>
        <translation>المس&amp;تخدم:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="179"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="185"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>تذكّر كلمة المرور في حافظة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="190"/>
        <source>This computer has no keyring to keep the password in: it is asked each time</source>
        <translation>لا توجد في هذا الحاسوب حافظة مفاتيح لحفظ كلمة المرور: تُطلب في كل مرة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="193"/>
        <source>Kept by the system (Secret Service, KWallet, Keychain, Credential Manager), never in Transition Planner&apos;s settings</source>
        <translation>يحفظه النظام (Secret Service أو KWallet أو Keychain أو مدير بيانات الاعتماد)، ولا يُحفظ أبدًا في إعدادات Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="241"/>
        <source>Give the name of the plan&apos;s database.</source>
        <translation>أدخل اسم قاعدة بيانات الخطة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="248"/>
        <source>Connecting to {server}…</source>
        <translation>جارٍ الاتصال بـ {server}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="304"/>
        <source>The server refused this user name or password. Check them and try again.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور هذه. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="306"/>
        <source>The server cannot be reached. Check the server&apos;s name and port, and that this computer is connected to the mission&apos;s network.</source>
        <translation>يتعذر الوصول إلى الخادم. تحقق من اسم الخادم ومنفذه، ومن اتصال هذا الحاسوب بشبكة البعثة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="309"/>
        <source>The server has no database called {database}.</source>
        <translation>لا توجد على الخادم قاعدة بيانات باسم {database}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="311"/>
        <source>The database {database} is not a Transition Planner plan: it holds no plan yet.</source>
        <translation>قاعدة البيانات {database} ليست خطة من Transition Planner: لا تحتوي على أي خطة بعد.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="314"/>
        <source>The plan on the server was made by an older version: ask its administrator to back it up and upgrade it (transition-planner server init).</source>
        <translation>أُنشئت الخطة على الخادم بإصدار أقدم: اطلب من مسؤولها نسخها احتياطيًا وترقيتها (transition-planner server init).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="317"/>
        <source>The plan on the server was made by a newer version of Transition Planner: update the application to open it.</source>
        <translation>أُنشئت الخطة على الخادم بإصدار أحدث من Transition Planner: حدّث التطبيق لفتحها.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="323"/>
        <source>The server said: {reason}</source>
        <translation>قال الخادم: {reason}</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="81"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="82"/>
        <source>French label</source>
        <translation>التسمية الفرنسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="83"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="84"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="85"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="90"/>
        <source>shipped</source>
        <translation>مرفق بالتطبيق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="91"/>
        <source>this plan</source>
        <translation>هذه الخطة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="101"/>
        <source>Records holding this term; a term in use cannot be retired</source>
        <translation>السجلات التي تحمل هذا المصطلح؛ لا يمكن سحب مصطلح مستخدم</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="654"/>
        <source>%1 months</source>
        <translation>%1 شهرًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="655"/>
        <source>Whole horizon</source>
        <translation>الأفق كاملًا</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="657"/>
        <source>Months in view</source>
        <translation>الأشهر المعروضة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="658"/>
        <source>How many months fill the width (Ctrl + mouse wheel zooms too)</source>
        <translation>كم شهرًا يملأ العرض (Ctrl مع عجلة الفأرة للتكبير أيضًا)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="660"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="663"/>
        <source>Timeline summary</source>
        <translation>ملخص الجدول الزمني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="682"/>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="687"/>
        <source>Mission provides</source>
        <translation>البعثة تقدمها</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="688"/>
        <source>Handover window</source>
        <translation>فترة التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="689"/>
        <source>Starts after the mission left</source>
        <translation>يبدأ بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="690"/>
        <source>Gap</source>
        <translation>فجوة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="691"/>
        <source>Declined or discontinued</source>
        <translation>مرفوض أو متوقف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="692"/>
        <source>Site closure</source>
        <translation>إغلاق موقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="693"/>
        <source>Milestone</source>
        <translation>مرحلة رئيسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="694"/>
        <source>Mission exit</source>
        <translation>مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="695"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="714"/>
        <source>Showing %1, picked on the Timeline</source>
        <translation>عرض %1، المختارة من الجدول الزمني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="724"/>
        <source>%1 handover(s) start after the mission has left (shown in red).</source>
        <translation>%1 عملية تسليم تبدأ بعد مغادرة البعثة (معروضة باللون الأحمر).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="728"/>
        <source>Every scheduled handover starts before the mission leaves.</source>
        <translation>كل عمليات التسليم المجدولة تبدأ قبل مغادرة البعثة.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="147"/>
        <source>Timeline chart</source>
        <translation>مخطط الجدول الزمني</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="155"/>
        <source>Whole mission</source>
        <translation>البعثة كاملة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="165"/>
        <source>%1: no successor</source>
        <translation>%1: لا يوجد خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="224"/>
        <source>%1 (%2) closes on %3</source>
        <translation>%1 (%2) يُغلق في %3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="229"/>
        <source>Mission exit (%1): %2</source>
        <translation>مغادرة البعثة (%1): %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="269"/>
        <source>the horizon&apos;s end</source>
        <translation>نهاية الأفق</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="272"/>
        <source>The mission provides %1 until %2</source>
        <translation>تقدم البعثة %1 حتى %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="276"/>
        <source>Nobody takes over %1 after the mission leaves</source>
        <translation>لا أحد يتولى %1 بعد مغادرة البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="252"/>
        <source>no successor</source>
        <translation>لا يوجد خلف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="280"/>
        <source>Double-click: show it in the Inventory</source>
        <translation>انقر نقرًا مزدوجًا: اعرضها في الجرد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="283"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="285"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="286"/>
        <source>Window: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="288"/>
        <source>The mission leaves: %1</source>
        <translation>تغادر البعثة: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="290"/>
        <source>Starts %1 days after the mission has left: a gap</source>
        <translation>يبدأ بعد %1 يومًا من مغادرة البعثة: فجوة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="293"/>
        <source>Not counted: declined, handed back or discontinued</source>
        <translation>لا يُحتسب: مرفوض أو مُعاد أو متوقف</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="578"/>
        <source>Scenario: %1</source>
        <translation>السيناريو: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="39"/>
        <source>User guide — Transition Planner</source>
        <translation>دليل المستخدم — Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="45"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="46"/>
        <source>Forward</source>
        <translation>تقدم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="47"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="174"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="175"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="176"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="263"/>
        <source>Vocabulary</source>
        <translation>المصطلحات</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="39"/>
        <source>Capacity categories</source>
        <translation>فئات القدرات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="40"/>
        <source>Actor types</source>
        <translation>أنواع الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="41"/>
        <source>Populations served</source>
        <translation>الفئات السكانية المخدومة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="42"/>
        <source>Mission components</source>
        <translation>عناصر البعثة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="43"/>
        <source>Handover modalities</source>
        <translation>طرائق التسليم</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="44"/>
        <source>Funding sources</source>
        <translation>مصادر التمويل</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="45"/>
        <source>Location levels</source>
        <translation>مستويات المواقع</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="46"/>
        <source>Milestone kinds</source>
        <translation>أنواع المعالم الرئيسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="124"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="127"/>
        <source>&amp;List:</source>
        <translation>ال&amp;قائمة:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="136"/>
        <source>Terms</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="144"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="144"/>
        <source>e.g. Cash assistance</source>
        <translation>مثلًا: المساعدة النقدية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="145"/>
        <source>The term as lists and reports show it</source>
        <translation>المصطلح كما تعرضه القوائم والتقارير</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="146"/>
        <source>French label</source>
        <translation>التسمية الفرنسية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="147"/>
        <source>Shown when the window or a report is in French; empty: the label</source>
        <translation>تُعرض عندما تكون النافذة أو التقرير بالفرنسية؛ فارغة: التسمية</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="154"/>
        <source>&amp;New term</source>
        <translation>مصطلح &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="155"/>
        <source>Empty the form to add a term to this list</source>
        <translation>إفراغ النموذج لإضافة مصطلح إلى هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="156"/>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="227"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="157"/>
        <source>Add the term (a changed label is saved when you leave its field; Ctrl+Z undoes)</source>
        <translation>إضافة المصطلح (تُحفظ التسمية المعدلة عند مغادرة حقلها؛ Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="159"/>
        <source>&amp;Retire</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="160"/>
        <source>Remove a term no record uses (Ctrl+Z brings it back)</source>
        <translation>سحب مصطلح لا يستخدمه أي سجل (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="227"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="230"/>
        <source>A new term of this list.</source>
        <translation>مصطلح جديد في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="232"/>
        <source>Records holding it: %1. A term in use cannot be retired.</source>
        <translation>السجلات التي تحمله: %1. لا يمكن سحب مصطلح مستخدم.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="235"/>
        <source>No record holds it: it can be retired.</source>
        <translation>لا يحمله أي سجل: يمكن سحبه.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="253"/>
        <source>Add term %1</source>
        <translation>إضافة المصطلح %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="253"/>
        <source>Rename term %1</source>
        <translation>إعادة تسمية المصطلح %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="254"/>
        <source>Retire term %1</source>
        <translation>سحب المصطلح %1</translation>
    </message>
</context>
</TS>
