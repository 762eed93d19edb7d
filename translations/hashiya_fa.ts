<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>All tags</source>
        <translation>تمام برچسب‌ها</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>تمام نویسندگان</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>ب&amp;رچسب:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;نویسنده:</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Edit the consensus</source>
        <translation>ویرایش اجماع</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>&amp;Add the selection</source>
        <translation>&amp;افزودن متن انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Set to the selection</source>
        <translation>&amp;جابه‌جایی به متن انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Each span needs at least one tag: tick one, or remove the span.</source>
        <translation>هر بازه دست‌کم یک برچسب لازم دارد: یکی را علامت بزنید یا بازه را حذف کنید.</translation>
    </message>
    <message>
        <source>No spans: the consensus is that nothing is tagged here.</source>
        <translation>بی‌بازه: اجماع این است که اینجا هیچ برچسبی نمی‌خورد.</translation>
    </message>
    <message>
        <source>Select words in the passage to add a span, or to move the chosen span there.</source>
        <translation>واژه‌هایی از عبارت را انتخاب کنید تا بازه‌ای بیفزایید، یا بازهٔ برگزیده را به آنجا ببرید.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Undefined: the coders&apos; marks leave nothing to compare (everyone gave every unit the same value)</source>
        <translation>تعریف‌نشده: نشانه‌گذاری کدگذاران چیزی برای مقایسه نمی‌گذارد (همه به هر واحد یک مقدار داده‌اند)</translation>
    </message>
    <message>
        <source>%1 and %2 on «%3»</source>
        <translation>%1 و %2 در «%3»</translation>
    </message>
    <message>
        <source>Units both tagged: %1 · only %2: %3 · only %4: %5 · neither: %6</source>
        <translation>واحدهایی که هر دو برچسب زده‌اند: %1 · فقط %2: %3 · فقط %4: %5 · هیچ‌کدام: %6</translation>
    </message>
    <message>
        <source>Observed agreement %1 · Cohen&apos;s κ %2</source>
        <translation>توافق مشاهده‌شده %1 · کاپای کوهن %2</translation>
    </message>
    <message>
        <source>Span F1: overlapping %1 · identical %2</source>
        <translation>F1 بازه‌ها: هم‌پوشان %1 · یکسان %2</translation>
    </message>
</context>
<context>
    <name>AgreementController</name>
    <message>
        <source>Agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>اجماع</translation>
    </message>
    <message>
        <source>Choose at least two coders to compare. Coders are the authors of annotations; each sets a name in Settings → Preferences.</source>
        <translation>دست‌کم دو کدگذار را برای مقایسه برگزینید. کدگذاران نویسندگان حاشیه‌نویسی‌ها هستند؛ هر کس نامش را در تنظیمات ← ترجیحات تعیین می‌کند.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>مقایسه انجام نشد.</translation>
    </message>
    <message>
        <source>Blind coding is on: only your own annotations are shown, and the comparison, which shows everyone&apos;s, is hidden until you turn it off.</source>
        <translation>کدگذاری کور روشن است: فقط حاشیه‌نویسی‌های خودتان نمایش داده می‌شود، و مقایسه که حاشیه‌نویسی‌های همه را نشان می‌دهد، تا وقتی آن را خاموش نکنید پنهان می‌ماند.</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>داوری</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>پذیرش %1</translation>
    </message>
    <message>
        <source>Accept both</source>
        <translation>پذیرش هر دو</translation>
    </message>
    <message>
        <source>Edit the consensus</source>
        <translation>ویرایش اجماع</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقایسه</translation>
    </message>
    <message>
        <source>Work out the agreement of the chosen coders</source>
        <translation>محاسبهٔ توافق کدگذاران برگزیده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>&amp;کدگذاران:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ب&amp;رچسب‌ها:</translation>
    </message>
    <message>
        <source>Co&amp;llection:</source>
        <translation>&amp;مجموعه:</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;کنار هم:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Claim, denial or none</source>
        <translation>ادعا، تکذیب یا هیچ</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>اختلاف‌ها</translation>
    </message>
    <message>
        <source>Turn blind coding off</source>
        <translation>خاموش کردن کدگذاری کور</translation>
    </message>
    <message>
        <source>Choose two coders or more and press Compare.</source>
        <translation>دو کدگذار یا بیشتر را برگزینید و «مقایسه» را بزنید.</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(بی‌نویسنده)</translation>
    </message>
    <message>
        <source>The consensus author: compare it with a coder to see how often their codes stood</source>
        <translation>نویسندهٔ اجماع: آن را با یک کدگذار مقایسه کنید تا ببینید کدهای او چند بار پذیرفته شده است</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>تمام مجموعه‌ها</translation>
    </message>
    <message>
        <source>%1 coders compared over %2 articles (those in which every one of them has an annotation): %3 units, each a character that is not white space.</source>
        <translation>%1 کدگذار در %2 مقاله مقایسه شدند (مقاله‌هایی که همهٔ آنان در آن حاشیه‌نویسی دارند): %3 واحد، هر واحد یک نویسهٔ غیرفاصله.</translation>
    </message>
    <message>
        <source>No tag was used in the compared articles.</source>
        <translation>در مقاله‌های مقایسه‌شده هیچ برچسبی به کار نرفته است.</translation>
    </message>
    <message>
        <source>«%1», α = %2. Above the diagonal: Cohen&apos;s κ of each pair. Below it: units both tagged (✓) and units only one of the two tagged (✗). On it: units each coder tagged.</source>
        <translation>برچسب «%1»، α = %2. بالای قطر: کاپای کوهن هر دو کدگذار. زیر آن: واحدهایی که هر دو برچسب زده‌اند (✓) و واحدهایی که فقط یکی از آن دو برچسب زده است (✗). روی قطر: واحدهایی که هر کدگذار برچسب زده است.</translation>
    </message>
    <message>
        <source>Choose two coders to compare side by side.</source>
        <translation>دو کدگذار را برای مقایسهٔ کنار هم برگزینید.</translation>
    </message>
    <message>
        <source>Rows: what %1 said; columns: what %2 said, unit by unit.</source>
        <translation>سطرها: آنچه %1 گفته است؛ ستون‌ها: آنچه %2 گفته است، واحد به واحد.</translation>
    </message>
    <message>
        <source>Where (one tagged, the other not; orange): %1 units. Which (both tagged, differently; red): %2 units. Agreement %3, Cohen&apos;s κ over these categories %4.</source>
        <translation>کجا (یکی برچسب زده، دیگری نه؛ نارنجی): %1 واحد. کدام (هر دو برچسب زده‌اند، اما متفاوت؛ سرخ): %2 واحد. توافق %3، کاپای کوهن روی این دسته‌ها %4.</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ب&amp;رگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;تکرار</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>ویرایش &amp;یادداشت…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Tag the selection as «%1» (%2)</source>
        <translation>برچسب زدن «%1» به بخش انتخاب‌شده (%2)</translation>
    </message>
    <message>
        <source>Select a passage first, then choose a tag.</source>
        <translation>لطفاً نخست بخشی از متن را انتخاب کنید، سپس یک برچسب را برگزینید.</translation>
    </message>
    <message>
        <source>Tagged and saved.</source>
        <translation>برچسب زده و ذخیره شد.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so a team can tell whose is whose:</source>
        <translation>حاشیه‌نویسی‌های شما با نام شما ثبت می‌شوند تا اعضای تیم بدانند هر کدام از کیست:</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(بدون برچسب)</translation>
    </message>
    <message>
        <source>Note on «%1»</source>
        <translation>یادداشت درباره «%1»</translation>
    </message>
    <message>
        <source>Annotation deleted; Ctrl+Z brings it back.</source>
        <translation>حاشیه‌نویسی حذف شد؛ با Ctrl+Z می‌توانید آن را برگردانید.</translation>
    </message>
    <message>
        <source>&amp;Tag as</source>
        <translation>برچسب &amp;زدن با</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Tag passage</source>
        <translation>برچسب زدن به بخش متن</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>تغییر برچسب‌ها</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Place annotation</source>
        <translation>تعیین جای حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>برچسب جدید</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>ویرایش برچسب</translation>
    </message>
    <message>
        <source>Reorder tags</source>
        <translation>تغییر ترتیب برچسب‌ها</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>ادغام برچسب‌ها</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Only orphans</source>
        <translation>فقط حاشیه‌نویسی‌های گم‌شده</translation>
    </message>
    <message>
        <source>Only annotations whose passage could not be found after the article changed</source>
        <translation>فقط حاشیه‌نویسی‌هایی که بخش مربوط به آن‌ها پس از تغییر مقاله پیدا نشد</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>بر&amp;چسب:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>نوی&amp;سنده:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;مجموعه:</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>این مقاله</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>تمام حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>نمایش در متن</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>برچسب‌ها…</translation>
    </message>
    <message>
        <source>Choose the tags of the selected annotation</source>
        <translation>برچسب‌های حاشیه‌نویسی انتخاب‌شده را برگزینید</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <source>Write or change the note of the selected annotation</source>
        <translation>یادداشت حاشیه‌نویسی انتخاب‌شده را بنویسید یا تغییر دهید</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected annotation; %1 brings it back</source>
        <translation>حذف حاشیه‌نویسی انتخاب‌شده؛ با %1 می‌توانید آن را برگردانید</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Discard this annotation: its passage is no longer in the text; %1 brings it back</source>
        <translation>کنار گذاشتن این حاشیه‌نویسی: بخش مربوط به آن دیگر در متن نیست؛ با %1 می‌توانید آن را برگردانید</translation>
    </message>
    <message>
        <source>Place at selection</source>
        <translation>گذاشتن روی متن انتخاب‌شده</translation>
    </message>
    <message>
        <source>Select the passage in the article, then place this annotation on it</source>
        <translation>بخش موردنظر را در مقاله انتخاب کنید، سپس این حاشیه‌نویسی را روی آن بگذارید</translation>
    </message>
    <message>
        <source>Deleted; %1 brings it back</source>
        <translation>حذف شد؛ با %1 می‌توانید آن را برگردانید</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>تمام برچسب‌ها</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>تمام نویسندگان</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(بدون نویسنده)</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>تمام مجموعه‌ها</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Could not be placed in the changed text</source>
        <translation>جای آن در متن تغییرکرده پیدا نشد</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details were written to %2</source>
        <translation>مشکلی پیش آمد: %1

جزئیات آن در %2 ثبت شد.</translation>
    </message>
    <message>
        <source>Hashiya is indexing your articles for search. This happens once, after an update.</source>
        <translation>حاشیه مقاله‌های شما را برای جست‌وجو نمایه می‌کند. این کار فقط یک بار، پس از به‌روزرسانی، انجام می‌شود.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Hashiya</source>
        <translation>حاشیه</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <source>Article details</source>
        <translation>مشخصات مقاله</translation>
    </message>
    <message>
        <source>e.g. 2024-11-24 or ۴ قوس ۱۴۰۳</source>
        <translation>مثلاً ۴ قوس ۱۴۰۳ یا 2024-11-24</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>رسانه:</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>مجموعه:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>چنان‌که نوشته شده:</translation>
    </message>
    <message>
        <source>Not a date this reader understands</source>
        <translation>این تاریخ خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>ArticleExportController</name>
    <message>
        <source>Export &amp;article…</source>
        <translation>صادر کردن &amp;مقاله…</translation>
    </message>
    <message>
        <source>&amp;Print article…</source>
        <translation>&amp;چاپ مقاله…</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>نخست یک مقاله را باز کنید.</translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>صادر کردن مقاله</translation>
    </message>
    <message>
        <source>Exported the article to %1</source>
        <translation>مقاله در %1 صادر شد</translation>
    </message>
    <message>
        <source>Exporting the article…</source>
        <translation>در حال صادر کردن مقاله…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>صادر کردن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>Print article</source>
        <translation>چاپ مقاله</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>به چاپگر فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>ArticleExportDialog</name>
    <message>
        <source>Export article</source>
        <translation>صادر کردن مقاله</translation>
    </message>
    <message>
        <source>Web page (HTML), one file</source>
        <translation>صفحهٔ وب (HTML)، یک فایل</translation>
    </message>
    <message>
        <source>PDF document (A4)</source>
        <translation>سند PDF (اندازهٔ A4)</translation>
    </message>
</context>
<context>
    <name>ArticleFiguresModel</name>
    <message>
        <source>α «%1»</source>
        <translation>آلفای «%1»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>The share of the article&apos;s units on which every compared coder gave the same tags</source>
        <translation>سهمی از واحدهای مقاله که همهٔ کدگذاران مقایسه‌شده به آن برچسب‌های یکسان داده‌اند</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
</context>
<context>
    <name>ArticleNoteArea</name>
    <message>
        <source>Edit the note on this article</source>
        <translation>ویرایش یادداشت این مقاله</translation>
    </message>
    <message>
        <source>Note on this article</source>
        <translation>یادداشت بر این مقاله</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>ArticleNoteDialog</name>
    <message>
        <source>Note on this article</source>
        <translation>یادداشت بر این مقاله</translation>
    </message>
    <message>
        <source>What is worth knowing about the whole article: its source, its reliability, what to check</source>
        <translation>آنچه دربارهٔ کل مقاله دانستنی است: منبع آن، اعتبارش، آنچه باید بررسی شود</translation>
    </message>
</context>
<context>
    <name>BlindCoding</name>
    <message>
        <source>&amp;Blind coding: only my annotations</source>
        <translation>&amp;کدگذاری کور: فقط حاشیه‌نویسی‌های من</translation>
    </message>
    <message>
        <source>Show only your own annotations while you code, so that colleagues&apos; codes do not sway you (Ctrl+Shift+B)</source>
        <translation>هنگام کدگذاری فقط حاشیه‌نویسی‌های خودتان را نشان بده تا کدهای همکاران بر شما اثر نگذارد (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Blind coding: only the annotations of %1 are shown</source>
        <translation>کدگذاری کور: فقط حاشیه‌نویسی‌های %1 نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>Click to show everyone&apos;s annotations again</source>
        <translation>برای نمایش دوبارهٔ حاشیه‌نویسی‌های همه کلیک کنید</translation>
    </message>
</context>
<context>
    <name>CollectionListModel</name>
    <message numerus="yes">
        <source>All articles (%Ln)</source>
        <translation>
            <numerusform>تمام مقاله‌ها (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>several</source>
        <translation>چند برچسب</translation>
    </message>
    <message>
        <source>%1 gave none of the compared tags</source>
        <translation>%1 هیچ‌یک از برچسب‌های مقایسه‌شده را نزده است</translation>
    </message>
    <message>
        <source>%1 gave more than one of the compared tags</source>
        <translation>%1 بیش از یکی از برچسب‌های مقایسه‌شده را زده است</translation>
    </message>
    <message>
        <source>%1 said «%2»</source>
        <translation>%1 گفته است «%2»</translation>
    </message>
    <message>
        <source>%1 units: %2 said «%3», %4 said «%5»</source>
        <translation>%1 واحد: %2 گفته است «%3»، %4 گفته است «%5»</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>only %1</source>
        <translation>فقط %1</translation>
    </message>
    <message>
        <source>different tags</source>
        <translation>برچسب‌های متفاوت</translation>
    </message>
    <message>
        <source>different boundaries</source>
        <translation>مرزهای متفاوت</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>First</source>
        <translation>اولی</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>دومی</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>اجماع</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>هنوز داوری نشده</translation>
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <source>Undecided only</source>
        <translation>فقط داوری‌نشده‌ها</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Decisions are written as this author&apos;s annotations; the coders&apos; own annotations are never changed</source>
        <translation>داوری‌ها به نام این نویسنده به‌صورت حاشیه‌نویسی ثبت می‌شوند؛ حاشیه‌نویسی‌های خود کدگذاران هرگز تغییر نمی‌کنند</translation>
    </message>
    <message>
        <source>Accept both</source>
        <translation>پذیرش هر دو</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Draw the consensus yourself, starting from both coders&apos; spans</source>
        <translation>اجماع را خودتان مشخص کنید، با شروع از بازه‌های هر دو کدگذار</translation>
    </message>
    <message>
        <source>Show in reader</source>
        <translation>نمایش در خواننده</translation>
    </message>
    <message>
        <source>Open the article with both coders&apos; layers (Enter)</source>
        <translation>باز کردن مقاله با لایه‌های هر دو کدگذار (Enter)</translation>
    </message>
    <message>
        <source>Consensus author:</source>
        <translation>نویسندهٔ اجماع:</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>پذیرش %1</translation>
    </message>
    <message>
        <source>Accept first</source>
        <translation>پذیرش اولی</translation>
    </message>
    <message>
        <source>Accept second</source>
        <translation>پذیرش دومی</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>همهٔ اختلاف‌ها</translation>
    </message>
    <message>
        <source>%1 of %2 shown · %3 decided</source>
        <translation>%1 از %2 نمایش داده شده · %3 داوری‌شده</translation>
    </message>
    <message>
        <source>In the reader:</source>
        <translation>در خواننده:</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>فقط %1</translation>
    </message>
    <message>
        <source>both, the same tags</source>
        <translation>هر دو، برچسب‌های یکسان</translation>
    </message>
    <message>
        <source>both, different tags</source>
        <translation>هر دو، برچسب‌های متفاوت</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 is not a Hashiya library (%2); it was left untouched</source>
        <translation>%1 کتابخانهٔ حاشیه نیست (%2)؛ به آن دست زده نشد</translation>
    </message>
    <message>
        <source>%1 is not a Hashiya library (it is another program&apos;s database); it was left untouched</source>
        <translation>%1 کتابخانهٔ حاشیه نیست (پایگاه دادهٔ برنامهٔ دیگری است)؛ به آن دست زده نشد</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file</source>
        <translation>%1 یک پوشه است، نه فایل کتابخانه</translation>
    </message>
    <message>
        <source>There is no library at %1</source>
        <translation>در %1 کتابخانه‌ای نیست</translation>
    </message>
    <message>
        <source>Cannot create a library at %1 (%2)</source>
        <translation>نمی‌توان در %1 کتابخانه ساخت (%2)</translation>
    </message>
    <message>
        <source>Another program is writing to the library %1 and did not finish within a minute; nothing was changed. Close the other Hashiya window or command that uses it, then try again</source>
        <translation>برنامهٔ دیگری در حال نوشتن در کتابخانهٔ %1 است و تا یک دقیقه کارش تمام نشد؛ چیزی تغییر نکرد. پنجره یا فرمان دیگر حاشیه را که از آن استفاده می‌کند ببندید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>The disk holding the library %1 is full: nothing of this change was written. Free some space, then try again</source>
        <translation>دیسکی که کتابخانهٔ %1 روی آن است پر است: هیچ بخشی از این تغییر نوشته نشد. کمی جا خالی کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>The library %1 is read-only: you can read and search it, but not change it. To work in it, copy it to a folder you can write to</source>
        <translation>کتابخانهٔ %1 فقط‌خواندنی است: می‌توانید آن را بخوانید و در آن جست‌وجو کنید، اما نمی‌توانید تغییرش دهید. برای کار در آن، آن را در پوشه‌ای کپی کنید که اجازهٔ نوشتن در آن را دارید</translation>
    </message>
    <message>
        <source>The library %1 is read-only and was made by an older Hashiya, which this version must update before reading it. Copy it to a folder you can write to and open the copy</source>
        <translation>کتابخانهٔ %1 فقط‌خواندنی است و با نسخهٔ قدیمی‌تری از حاشیه ساخته شده که این نسخه پیش از خواندن باید به‌روزش کند. آن را در پوشه‌ای کپی کنید که اجازهٔ نوشتن در آن را دارید و نسخهٔ کپی را باز کنید</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). Hashiya will not write into it, so it gets no worse. Restore your last copy of the file, or save what it still holds with: sqlite3 OLD.sqlite &quot;.recover&quot; | sqlite3 NEW.sqlite, then open NEW.sqlite</source>
        <translation>کتابخانهٔ %1 آسیب دیده است (%2). حاشیه در آن نمی‌نویسد تا بدتر نشود. آخرین نسخهٔ پشتیبان این فایل را برگردانید، یا آنچه را هنوز در آن مانده با این فرمان نجات دهید: ‎sqlite3 OLD.sqlite &quot;.recover&quot; | sqlite3 NEW.sqlite‎ و سپس NEW.sqlite را باز کنید</translation>
    </message>
    <message>
        <source>The library %1 could not be read or written (%2)</source>
        <translation>کتابخانهٔ %1 را نمی‌شد خواند یا در آن نوشت (%2)</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hashiya (schema %2; this version knows %3): please update Hashiya</source>
        <translation>%1 با نسخهٔ تازه‌تری از حاشیه ساخته شده است (طرح %2؛ این نسخه تا %3 را می‌شناسد): لطفاً حاشیه را به‌روز کنید</translation>
    </message>
    <message>
        <source>There is no collection named «%1»</source>
        <translation>مجموعه‌ای به نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>There is no article with id %1</source>
        <translation>مقاله‌ای با شناسهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <source>There is no tag named «%1»</source>
        <translation>برچسبی به نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>The quote does not occur in article %1</source>
        <translation>این نقل‌قول در مقالهٔ %1 نیامده است</translation>
    </message>
    <message>
        <source>The quote occurs %1 times in article %2; choose one with --occurrence N</source>
        <translation>این نقل‌قول %1 بار در مقالهٔ %2 آمده است؛ یکی را با ‎--occurrence N‎ برگزینید</translation>
    </message>
    <message>
        <source>--occurrence must be between 1 and %1</source>
        <translation>‏‎--occurrence‎ باید میان ۱ و %1 باشد</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: فایل خالی است</translation>
    </message>
    <message>
        <source>%1: binary data, not a text file</source>
        <translation>%1: این فایل متنی نیست (داده‌های باینری دارد)</translation>
    </message>
    <message>
        <source>%1: undecodable bytes at byte %2, although the file begins with a %3 byte-order mark</source>
        <translation>%1: در بایت %2 بایت‌هایی هست که خوانده نمی‌شود، هرچند فایل با نشانهٔ ترتیب بایتِ %3 (BOM) آغاز می‌شود</translation>
    </message>
    <message>
        <source>%1: undecodable bytes at byte %2 (damaged UTF-8)</source>
        <translation>%1: در بایت %2 بایت‌هایی هست که خوانده نمی‌شود (UTF-8 آسیب‌دیده)</translation>
    </message>
    <message>
        <source>%1: part of the file is UTF-8 and part Windows-1256 (the first byte that is not UTF-8 is byte %2), so one part would read as garbled text; it was not imported. Save the whole file in one encoding (UTF-8) and import it again</source>
        <translation>%1: بخشی از فایل UTF-8 است و بخشی Windows-1256 (نخستین بایتی که UTF-8 نیست بایت %2 است)، پس یک بخش به صورت نوشتهٔ درهم‌ریخته خوانده می‌شد؛ وارد نشد. همهٔ فایل را با یک کدگذاری (UTF-8) ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <source>%1: undecodable bytes (not UTF-8, UTF-16 or Windows-1256)</source>
        <translation>%1: بایت‌های فایل خوانده نمی‌شود (نه UTF-8 است، نه UTF-16 و نه Windows-1256)</translation>
    </message>
    <message>
        <source>%1: unsupported file type (expected %2)</source>
        <translation>%1: این نوع فایل پشتیبانی نمی‌شود (نوع‌های پذیرفتنی: %2)</translation>
    </message>
    <message>
        <source>%1: too large for one article (%2 MB; the limit is %3 MB)</source>
        <translation>%1: برای یک مقاله بیش از حد بزرگ است (%2 مگابایت؛ حد مجاز %3 مگابایت است)</translation>
    </message>
    <message>
        <source>%1: too large for one file of articles (%2 MB; the limit is %3 MB): split it into smaller files</source>
        <translation>%1: برای یک فایل مقاله‌ها بیش از حد بزرگ است (%2 مگابایت؛ حد مجاز %3 مگابایت است): آن را به چند فایل کوچک‌تر تقسیم کنید</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a named pipe or a socket), so it was not read</source>
        <translation>%1: فایل عادی نیست (دستگاه، لولهٔ نام‌دار یا سوکت است)، پس خوانده نشد</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: فایل خوانده نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>%1: nested too deeply to read</source>
        <translation>%1: ساختار فایل بیش از حد تودرتو است و خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: چنین فایل یا پوشه‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>%1: not a regular file or folder</source>
        <translation>%1: فایل یا پوشهٔ عادی نیست</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2)</source>
        <translation>%1: پوشه خوانده نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>%1: no article text found</source>
        <translation>%1: متن مقاله‌ای پیدا نشد</translation>
    </message>
    <message>
        <source>%1: no article text left after removing the site&apos;s menus, links and other page furniture</source>
        <translation>%1: پس از کنار گذاشتن منوها، پیوندها و دیگر اجزای ثابت سایت، متنی از مقاله باقی نماند</translation>
    </message>
    <message>
        <source>%1: the HTML page could not be read (%2)</source>
        <translation>%1: صفحهٔ HTML خوانده نشد (%2)</translation>
    </message>
    <message>
        <source>%1: no article text found in the HTML page</source>
        <translation>%1: در صفحهٔ HTML متن مقاله‌ای پیدا نشد</translation>
    </message>
    <message>
        <source>%1: invalid JSON at line %2, column %3 (%4)</source>
        <translation>%1: JSON نادرست در سطر %2، ستون %3 (%4)</translation>
    </message>
    <message>
        <source>%1: invalid JSON on line %2 (%3)</source>
        <translation>%1: JSON نادرست در سطر %2 (%3)</translation>
    </message>
    <message>
        <source>%1: item %2 is not an object with title and text</source>
        <translation>%1: مورد %2 شیئی با عنوان و متن نیست</translation>
    </message>
    <message>
        <source>%1: line %2 is not an object with title and text</source>
        <translation>%1: سطر %2 شیئی با عنوان و متن نیست</translation>
    </message>
    <message>
        <source>%1: item %2 has neither a title nor text/paragraphs</source>
        <translation>%1: مورد %2 نه عنوان دارد و نه متن یا پاراگراف</translation>
    </message>
    <message>
        <source>%1: line %2 has neither a title nor text/paragraphs</source>
        <translation>%1: سطر %2 نه عنوان دارد و نه متن یا پاراگراف</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive (%2)</source>
        <translation>%1: آرشیف زیپ خواندنی نیست (%2)</translation>
    </message>
    <message>
        <source>%1: the archive is %2 bytes, more than the %3 allowed</source>
        <translation>%1: حجم آرشیف %2 بایت است، بیش از %3 بایتِ مجاز</translation>
    </message>
    <message>
        <source>%1: the archive has %2 members, more than the %3 allowed</source>
        <translation>%1: آرشیف %2 فایل دارد، بیش از %3 فایلِ مجاز</translation>
    </message>
    <message>
        <source>%1: the archive unpacks to more than %2 bytes</source>
        <translation>%1: محتوای آرشیف پس از باز شدن بیش از %2 بایت است</translation>
    </message>
    <message>
        <source>%1: the archive has no %2</source>
        <translation>%1: فایل %2 در آرشیف نیست</translation>
    </message>
    <message>
        <source>%1: the member %2 occurs twice</source>
        <translation>%1: فایل %2 دو بار در آرشیف آمده است</translation>
    </message>
    <message>
        <source>%1: the member %2 is encrypted</source>
        <translation>%1: فایل %2 در آرشیف رمزگذاری شده است</translation>
    </message>
    <message>
        <source>%1: the member %2 unpacks to %3 bytes, more than the %4 allowed</source>
        <translation>%1: فایل %2 در آرشیف پس از باز شدن %3 بایت است، بیش از %4 بایتِ مجاز</translation>
    </message>
    <message>
        <source>%1: the member %2 is compressed %3 to 1, which looks like a zip bomb</source>
        <translation>%1: فایل %2 در آرشیف با نسبت %3 به ۱ فشرده شده است و به بمب زیپ می‌ماند</translation>
    </message>
    <message>
        <source>%1: the member %2 unpacks to more bytes than it declares</source>
        <translation>%1: فایل %2 در آرشیف پس از باز شدن از اندازه‌ای که اعلام کرده بزرگ‌تر است</translation>
    </message>
    <message>
        <source>%1: the member %2 is damaged (%3)</source>
        <translation>%1: فایل %2 در آرشیف آسیب دیده است (%3)</translation>
    </message>
    <message>
        <source>%1: the member %2 has an absolute path</source>
        <translation>%1: فایل %2 در آرشیف مسیر مطلق دارد</translation>
    </message>
    <message>
        <source>%1: the member %2 points outside the archive (..)</source>
        <translation>%1: فایل %2 در آرشیف به بیرون از آرشیف اشاره می‌کند (..)</translation>
    </message>
    <message>
        <source>Article %1 does not exist</source>
        <translation>مقالهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <source>The span %1–%2 is not inside article %3</source>
        <translation>بازهٔ %1 تا %2 درون مقالهٔ %3 نیست</translation>
    </message>
    <message>
        <source>Annotation %1 does not exist</source>
        <translation>حاشیه‌نویسی %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Tag %1 does not exist</source>
        <translation>برچسب %1 وجود ندارد</translation>
    </message>
    <message>
        <source>A tag needs a name</source>
        <translation>برچسب باید نام داشته باشد</translation>
    </message>
    <message>
        <source>A tag named «%1» already exists</source>
        <translation>برچسبی به نام «%1» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>A tag name of %1 characters is too long: at most %2 are allowed</source>
        <translation>نام برچسبی با %1 نویسه بیش از حد بلند است: حداکثر %2 نویسه مجاز است</translation>
    </message>
    <message>
        <source>A tag name is one line: no line breaks, tabs or other control characters</source>
        <translation>نام برچسب باید یک سطر باشد: بدون شکست سطر، تب یا نویسه‌های کنترلی دیگر</translation>
    </message>
    <message>
        <source>A note of %1 characters is too long: at most %2 are allowed</source>
        <translation>یادداشتی با %1 نویسه بیش از حد بلند است: حداکثر %2 نویسه مجاز است</translation>
    </message>
    <message>
        <source>An author name of %1 characters is too long: at most %2 are allowed</source>
        <translation>نام نویسنده‌ای با %1 نویسه بیش از حد بلند است: حداکثر %2 نویسه مجاز است</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself</source>
        <translation>برچسب را نمی‌توان در خودش ادغام کرد</translation>
    </message>
    <message>
        <source>A tag named «%1» exists again, so the removed tag of that name cannot be brought back</source>
        <translation>اکنون دوباره برچسبی به نام «%1» وجود دارد، پس برچسب حذف‌شده با این نام برگردانده نمی‌شود</translation>
    </message>
    <message>
        <source>Unbalanced quotation mark: close the phrase with another &quot;</source>
        <translation>گیومه باز مانده است: عبارت را با یک &quot; دیگر ببندید</translation>
    </message>
    <message>
        <source>Unbalanced parenthesis: a &apos;(&apos; is never closed</source>
        <translation>پرانتز باز مانده است: یک «(» بسته نشده است</translation>
    </message>
    <message>
        <source>Unbalanced parenthesis: a &apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>پرانتز ناجور است: یک «)» بدون «(» آمده است</translation>
    </message>
    <message>
        <source>OR needs a word on each side</source>
        <translation>OR در هر دو طرف خود به یک کلمه نیاز دارد</translation>
    </message>
    <message>
        <source>AND needs a word on each side</source>
        <translation>AND در هر دو طرف خود به یک کلمه نیاز دارد</translation>
    </message>
    <message>
        <source>NOT needs a word after it</source>
        <translation>پس از NOT باید یک کلمه بیاید</translation>
    </message>
    <message>
        <source>&quot;-&quot; needs a word after it</source>
        <translation>پس از &quot;-&quot; باید یک کلمه بیاید</translation>
    </message>
    <message>
        <source>&quot;*&quot; must follow at least two letters, as in دانش*</source>
        <translation>&quot;*&quot; باید دست‌کم پس از دو حرف بیاید، مانند دانش*</translation>
    </message>
    <message>
        <source>&quot;*&quot; can only end a word, as in دانش*</source>
        <translation>&quot;*&quot; فقط در پایان کلمه می‌آید، مانند دانش*</translation>
    </message>
    <message>
        <source>NEAR(...) holds words or quoted phrases and an optional distance, as in NEAR(کابل هرات, 10)</source>
        <translation>درون NEAR(...) کلمه‌ها یا عبارت‌های داخل گیومه و در صورت نیاز یک فاصله می‌آید، مانند NEAR(کابل هرات, 10)</translation>
    </message>
    <message>
        <source>NEAR needs at least two words, as in NEAR(کابل هرات, 10)</source>
        <translation>NEAR دست‌کم به دو کلمه نیاز دارد، مانند NEAR(کابل هرات, 10)</translation>
    </message>
    <message>
        <source>The NEAR distance must be a whole number up to %1, as in NEAR(کابل هرات, 10)</source>
        <translation>فاصله در NEAR باید عدد صحیحی تا %1 باشد، مانند NEAR(کابل هرات, 10)</translation>
    </message>
    <message>
        <source>The quotation marks hold no word to search for</source>
        <translation>میان گیومه‌ها کلمه‌ای برای جستجو نیست</translation>
    </message>
    <message>
        <source>There is nothing to search for</source>
        <translation>چیزی برای جستجو نیست</translation>
    </message>
    <message>
        <source>A search cannot consist only of excluded words (NOT or -): add a word to search for</source>
        <translation>جستجو نمی‌تواند فقط از کلمه‌های کنارگذاشته‌شده (NOT یا -) باشد: یک کلمه برای جستجو بیفزایید</translation>
    </message>
    <message>
        <source>Empty parentheses: put a word inside them</source>
        <translation>پرانتز خالی است: کلمه‌ای درون آن بنویسید</translation>
    </message>
    <message>
        <source>Too many nested parentheses (at most %1)</source>
        <translation>پرانتزهای تودرتو بیش از حد است (حداکثر %1)</translation>
    </message>
    <message>
        <source>Type a word to search for</source>
        <translation>کلمه‌ای برای جستجو بنویسید</translation>
    </message>
    <message>
        <source>The search has no letters or digits to look for</source>
        <translation>در این جستجو حرف یا عددی برای یافتن نیست</translation>
    </message>
    <message>
        <source>This search cannot be run; try fewer or simpler words</source>
        <translation>این جستجو اجرا نمی‌شود؛ کلمه‌های کمتر یا ساده‌تری را امتحان کنید</translation>
    </message>
    <message>
        <source>Unknown export format %1 (expected %2)</source>
        <translation>قالب صادر کردن %1 شناخته‌شده نیست (قالب‌های ممکن: %2)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was exported</source>
        <translation>%1 نوشته نشد (%2)؛ هیچ چیزی صادر نشد</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of the file to write; nothing was exported</source>
        <translation>%1 یک پوشه است: نام فایلی را که باید نوشته شود بدهید؛ هیچ چیزی صادر نشد</translation>
    </message>
    <message>
        <source>%1 cannot be written: there is no folder %2 (an export does not create folders); nothing was exported</source>
        <translation>%1 نوشته نمی‌شود: پوشهٔ %2 وجود ندارد (صدور، پوشه نمی‌سازد)؛ هیچ چیزی صادر نشد</translation>
    </message>
    <message>
        <source>%1: not an annotation file (expected .jsonld, .json or .qdpx)</source>
        <translation>%1: فایل حاشیه‌نویسی نیست (پسوند فایل باید jsonld، json یا qdpx باشد)</translation>
    </message>
    <message>
        <source>%1: the file does not describe the annotation&apos;s article</source>
        <translation>%1: فایل مشخص نمی‌کند که این حاشیه‌نویسی به کدام مقاله تعلق دارد</translation>
    </message>
    <message>
        <source>%1: the article «%2» is not in this library</source>
        <translation>%1: مقالهٔ «%2» در این کتابخانه نیست</translation>
    </message>
    <message>
        <source>The note on the article «%1» was left out: the article is not in this library</source>
        <translation>یادداشتِ مقالهٔ «%1» آورده نشد: این مقاله در این کتابخانه نیست</translation>
    </message>
    <message>
        <source>%1: its creation time %2 is not a valid date and time (xsd:dateTime), so it was left out</source>
        <translation>%1: زمان ساخت آن، %2، تاریخ و زمان معتبری (xsd:dateTime) نیست، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its modification time %2 is not a valid date and time (xsd:dateTime), so it was left out</source>
        <translation>%1: زمان ویرایش آن، %2، تاریخ و زمان معتبری (xsd:dateTime) نیست، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its creation time %2 is more than a day ahead of this computer&apos;s clock, so it was left out</source>
        <translation>%1: زمان ساخت آن، %2، بیش از یک روز از ساعت این رایانه جلوتر است، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its modification time %2 is more than a day ahead of this computer&apos;s clock, so it was left out</source>
        <translation>%1: زمان ویرایش آن، %2، بیش از یک روز از ساعت این رایانه جلوتر است، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: one of its tags has no name, so it was left out</source>
        <translation>%1: یکی از برچسب‌هایش نام ندارد، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: one of its tag names has %2 characters (at most %3 are allowed), so it was left out</source>
        <translation>%1: نام یکی از برچسب‌هایش %2 نویسه دارد (حداکثر %3 نویسه مجاز است)، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its tag name %2 holds a line break or another control character, so it was left out</source>
        <translation>%1: نام برچسب آن، %2، شکست سطر یا نویسهٔ کنترلی دیگری دارد، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its note has %2 characters (at most %3 are allowed), so it was left out</source>
        <translation>%1: یادداشت آن %2 نویسه دارد (حداکثر %3 نویسه مجاز است)، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: its author&apos;s name has %2 characters (at most %3 are allowed), so it was left out</source>
        <translation>%1: نام نویسندهٔ آن %2 نویسه دارد (حداکثر %3 نویسه مجاز است)، پس کنار گذاشته شد</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, more than the %3 an annotation file may have</source>
        <translation>%1: حجم فایل %2 بایت است، بیش از %3 بایتی که یک فایل حاشیه‌نویسی می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text (bad byte at %2)</source>
        <translation>%1: متن UTF-8 نیست (بایت نادرست در جایگاه %2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: JSON معتبر نیست (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at line %3, column %4)</source>
        <translation>%1: JSON معتبر نیست (%2 در سطر %3، ستون %4)</translation>
    </message>
    <message>
        <source>%1: JSON nested more than %2 levels deep</source>
        <translation>%1: JSON بیش از %2 لایه تودرتو است</translation>
    </message>
    <message>
        <source>%1: DOCTYPE and ENTITY declarations are not allowed (they can expand to gigabytes or read local files)</source>
        <translation>%1: تعریف‌های DOCTYPE و ENTITY مجاز نیستند (ممکن است تا گیگابایت‌ها داده باز شوند یا فایل‌های این رایانه را بخوانند)</translation>
    </message>
    <message>
        <source>%1: not well-formed XML (%2)</source>
        <translation>%1: ساختار XML درست نیست (%2)</translation>
    </message>
    <message>
        <source>%1: expected an annotation, a list of annotations or an AnnotationCollection, not a bare value</source>
        <translation>%1: به‌جای یک حاشیه‌نویسی، فهرستی از حاشیه‌نویسی‌ها یا یک AnnotationCollection، فقط یک مقدار ساده آمده است</translation>
    </message>
    <message>
        <source>%1: unknown structure: expected an Annotation, a list of annotations, an AnnotationCollection or an AnnotationPage</source>
        <translation>%1: ساختار ناشناخته است: یک Annotation، فهرستی از حاشیه‌نویسی‌ها، یک AnnotationCollection یا یک AnnotationPage انتظار می‌رفت</translation>
    </message>
    <message>
        <source>%1: the collection&apos;s items are not a list</source>
        <translation>%1: بخش items مجموعه فهرست نیست</translation>
    </message>
    <message>
        <source>%1: the annotations continue on page %2, which is not in the file</source>
        <translation>%1: حاشیه‌نویسی‌ها در صفحهٔ %2 ادامه می‌یابند، اما آن صفحه در فایل نیست</translation>
    </message>
    <message>
        <source>%1: an annotation page is not a JSON object</source>
        <translation>%1: یکی از صفحه‌های حاشیه‌نویسی شیء JSON نیست</translation>
    </message>
    <message>
        <source>%1: an annotation page&apos;s items are not a list</source>
        <translation>%1: بخش items یکی از صفحه‌های حاشیه‌نویسی فهرست نیست</translation>
    </message>
    <message>
        <source>%1: more than %2 annotation pages</source>
        <translation>%1: بیش از %2 صفحهٔ حاشیه‌نویسی دارد</translation>
    </message>
    <message>
        <source>%1: hashiya:tags is not a list</source>
        <translation>%1: بخش hashiya:tags فهرست نیست</translation>
    </message>
    <message>
        <source>%1: tag %2 in hashiya:tags needs a text name and colour</source>
        <translation>%1: نام و رنگ برچسب %2 در hashiya:tags باید متن باشند</translation>
    </message>
    <message>
        <source>%1: hashiya:articles is not a list</source>
        <translation>%1: ‏hashiya:articles فهرست نیست</translation>
    </message>
    <message>
        <source>%1: article %2 in hashiya:articles needs a contentHash, and text where it gives a title, source, date or note</source>
        <translation>%1: مقالهٔ %2 در hashiya:articles باید contentHash داشته باشد، و عنوان، منبع، تاریخ یا یادداشتش متن باشد</translation>
    </message>
    <message>
        <source>%1: annotation %2 is not a JSON object</source>
        <translation>%1: حاشیه‌نویسی شمارهٔ %2 شیء JSON نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 is not of type Annotation</source>
        <translation>%1: حاشیه‌نویسی شمارهٔ %2 از نوع Annotation نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has no id</source>
        <translation>%1: حاشیه‌نویسی شمارهٔ %2 شناسه (id) ندارد</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a hashiya:deleted that is not true or false</source>
        <translation>%1: مقدار hashiya:deleted در حاشیه‌نویسی شمارهٔ %2 نه true است و نه false</translation>
    </message>
    <message>
        <source>%1: annotation %2 has no target</source>
        <translation>%1: حاشیه‌نویسی شمارهٔ %2 هدف (target) ندارد</translation>
    </message>
    <message>
        <source>%1: annotation %2 has no target selector</source>
        <translation>%1: هدفِ حاشیه‌نویسی شمارهٔ %2 گزینشگر (selector) ندارد</translation>
    </message>
    <message>
        <source>%1: annotation %2 has neither a TextQuoteSelector nor a TextPositionSelector</source>
        <translation>%1: حاشیه‌نویسی شمارهٔ %2 نه TextQuoteSelector دارد و نه TextPositionSelector</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a TextPositionSelector whose start %3 is after its end %4</source>
        <translation>%1: در TextPositionSelector حاشیه‌نویسی شمارهٔ %2، آغاز (%3) پس از پایان (%4) آمده است</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a TextQuoteSelector whose %3 is not text</source>
        <translation>%1: مقدار %3 در TextQuoteSelector حاشیه‌نویسی شمارهٔ %2 متن نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a TextPositionSelector whose %3 is not a whole number ≥ 0</source>
        <translation>%1: مقدار %3 در TextPositionSelector حاشیه‌نویسی شمارهٔ %2 عدد صحیح نامنفی نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a target without a source</source>
        <translation>%1: هدفِ حاشیه‌نویسی شمارهٔ %2 منبع (source) ندارد</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a hashiya:article that is not an object</source>
        <translation>%1: مقدار hashiya:article در حاشیه‌نویسی شمارهٔ %2 شیء JSON نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a hashiya:article whose contentHash differs from its source</source>
        <translation>%1: مقدار contentHash در hashiya:article حاشیه‌نویسی شمارهٔ %2 با منبع (source) آن یکی نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a bodyValue that is not text</source>
        <translation>%1: مقدار bodyValue در حاشیه‌نویسی شمارهٔ %2 متن نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a body whose value is not text</source>
        <translation>%1: مقدار (value) یک body در حاشیه‌نویسی شمارهٔ %2 متن نیست</translation>
    </message>
    <message>
        <source>%1: annotation %2 has a %3 that is not text</source>
        <translation>%1: مقدار %3 در حاشیه‌نویسی شمارهٔ %2 متن نیست</translation>
    </message>
    <message>
        <source>%1: %2 is not a REFI-QDA project (its root element is %3)</source>
        <translation>%1: %2 پروژهٔ REFI-QDA نیست (عنصر ریشهٔ آن %3 است)</translation>
    </message>
    <message>
        <source>%1: a %2 in %3 has no valid %4 (%5)</source>
        <translation>%1: یک عنصر %2 در %3 مقدار معتبری برای %4 ندارد (%5)</translation>
    </message>
    <message>
        <source>%1: a Code in %2 has no name</source>
        <translation>%1: یک عنصر Code در %2 نام ندارد</translation>
    </message>
    <message>
        <source>%1: source %2 has neither PlainTextContent nor a plainTextPath</source>
        <translation>%1: منبع %2 نه PlainTextContent دارد و نه plainTextPath</translation>
    </message>
    <message>
        <source>%1: source %2 refers to the external file %3, which the archive does not contain</source>
        <translation>%1: منبع %2 به فایل بیرونی %3 اشاره می‌کند که در آرشیف نیست</translation>
    </message>
    <message>
        <source>%1: source %2 refers to %3, which the archive does not contain</source>
        <translation>%1: منبع %2 به %3 اشاره می‌کند که در آرشیف نیست</translation>
    </message>
    <message>
        <source>%1: note %2 has neither PlainTextContent nor a plainTextPath</source>
        <translation>%1: یادداشت %2 نه PlainTextContent دارد و نه plainTextPath</translation>
    </message>
    <message>
        <source>%1: note %2 refers to the external file %3, which the archive does not contain</source>
        <translation>%1: یادداشت %2 به فایل بیرونی %3 اشاره می‌کند که در آرشیف نیست</translation>
    </message>
    <message>
        <source>%1: note %2 refers to %3, which the archive does not contain</source>
        <translation>%1: یادداشت %2 به %3 اشاره می‌کند که در آرشیف نیست</translation>
    </message>
    <message>
        <source>%1: note %2 marks a passage, but no source refers to it and the project has several; it was left out</source>
        <translation>%1: یادداشت %2 بر بخشی از متن است، اما هیچ منبعی به آن اشاره نمی‌کند و پروژه چند منبع دارد؛ آورده نشد</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text</source>
        <translation>%1: %2 متن UTF-8 نیست</translation>
    </message>
    <message>
        <source>%1: selection %2 in source %3 is coded with a code the codebook does not define</source>
        <translation>%1: به بخش انتخاب‌شدهٔ %2 در منبع %3 کدی داده شده که در کتاب کدها تعریف نشده است</translation>
    </message>
    <message>
        <source>%1: selection %2 in source %3 has a %4 that is not a whole number ≥ 0 (%5)</source>
        <translation>%1: مقدار %4 در بخش انتخاب‌شدهٔ %2 از منبع %3 عدد صحیح نامنفی نیست (%5)</translation>
    </message>
    <message>
        <source>Agreement needs at least two authors to compare; %1 given</source>
        <translation>برای سنجش توافق دست‌کم دو نویسنده لازم است؛ %1 داده شد</translation>
    </message>
    <message>
        <source>There are no live annotations by an author named «%1»</source>
        <translation>هیچ حاشیه‌نویسی زنده‌ای از نویسنده‌ای به نام «%1» نیست</translation>
    </message>
    <message>
        <source>The consensus author needs a name</source>
        <translation>نویسندهٔ اجماع باید نامی داشته باشد</translation>
    </message>
    <message>
        <source>%1 is one of the coders being compared; the consensus must be written under another name</source>
        <translation>%1 یکی از کدگذارانی است که مقایسه می‌شوند؛ اجماع باید با نام دیگری ثبت شود</translation>
    </message>
    <message>
        <source>The span %1–%2 carries no tag</source>
        <translation>بازهٔ %1–%2 هیچ برچسبی ندارد</translation>
    </message>
    <message>
        <source>The consensus annotations of this decision in article %1 have changed since; it was left as it is</source>
        <translation>حاشیه‌نویسی‌های اجماعِ این داوری در مقالهٔ %1 از آن پس تغییر کرده‌اند؛ به همان حال گذاشته شد</translation>
    </message>
    <message>
        <source>«%1» is not a suggestion role (expected one of: %2)</source>
        <translation>«%1» نقش پیشنهادی نیست (یکی از این‌ها باید باشد: %2)</translation>
    </message>
    <message>
        <source>The cue «%1» of kind %2 does not fit the role %3</source>
        <translation>نشانهٔ «%1» از گونهٔ %2 با نقش %3 جور نیست</translation>
    </message>
    <message>
        <source>%1: hashiya:cues is not a list</source>
        <translation>%1: ‏hashiya:cues فهرست نیست</translation>
    </message>
    <message>
        <source>%1: cue %2 in hashiya:cues needs a text cueRole, cueKind and phrase, and enabled true or false</source>
        <translation>%1: نشانهٔ %2 در hashiya:cues باید cueRole و cueKind و phrase متنی و enabled درست یا نادرست داشته باشد</translation>
    </message>
    <message>
        <source>--set needs the ids of the articles</source>
        <translation>‏‎--set‎ به شناسهٔ مقاله‌ها نیاز دارد</translation>
    </message>
    <message>
        <source>Article ids go with --set NAME</source>
        <translation>شناسهٔ مقاله‌ها با ‎--set NAME‎ می‌آید</translation>
    </message>
    <message>
        <source>Give article ids or --collection, not both</source>
        <translation>یا شناسهٔ مقاله‌ها را بدهید یا ‎--collection‎ را، نه هر دو را</translation>
    </message>
    <message>
        <source>Cue «%1»: no cue of kind %2 for role %3</source>
        <translation>نشانهٔ «%1»: نشانه‌ای از گونهٔ %2 برای نقش %3 نیست</translation>
    </message>
    <message>
        <source>The text of article %1 changed since this suggestion was made; ask for suggestions again</source>
        <translation>متن مقالهٔ %1 پس از این پیشنهاد تغییر کرده است؛ دوباره پیشنهاد بخواهید</translation>
    </message>
    <message>
        <source>A collection needs a name</source>
        <translation>مجموعه باید نامی داشته باشد</translation>
    </message>
    <message>
        <source>There is already a collection named «%1» (to put the two together, merge them)</source>
        <translation>مجموعه‌ای به نام «%1» از قبل هست (برای یکی کردن آن دو، ادغامشان کنید)</translation>
    </message>
    <message>
        <source>That collection is no longer in the library</source>
        <translation>آن مجموعه دیگر در کتابخانه نیست</translation>
    </message>
    <message>
        <source>The collection «%1» cannot come back: another collection has that name now</source>
        <translation>مجموعهٔ «%1» را نمی‌توان برگرداند: اکنون مجموعهٔ دیگری همین نام را دارد</translation>
    </message>
    <message>
        <source>A collection cannot be merged into itself</source>
        <translation>یک مجموعه را نمی‌توان در خودش ادغام کرد</translation>
    </message>
    <message>
        <source>«%1» cannot go into «%2»: that collection already holds an article from the same file (%3)</source>
        <translation>«%1» را نمی‌توان به «%2» برد: آن مجموعه از قبل مقاله‌ای از همین فایل (%3) دارد</translation>
    </message>
    <message>
        <source>«%1» is not a date; write it as 2024-11-24 (ISO 8601, a time may follow: 2024-11-24T09:30+04:30) or as a dated line such as «۴ قوس ۱۴۰۳»</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل 2024-11-24 بنویسید (ISO 8601؛ ساعت هم می‌تواند بیاید: 2024-11-24T09:30+04:30) یا مانند «۴ قوس ۱۴۰۳»</translation>
    </message>
    <message>
        <source>Say what to change: --date, --outlet or --collection</source>
        <translation>بگویید چه چیزی تغییر کند: --date، --outlet یا --collection</translation>
    </message>
    <message>
        <source>The team folder %1 cannot be reached (%2); Hashiya will use it again when it is back</source>
        <translation>به پوشه‌ی تیم %1 دسترسی نیست (%2)؛ حاشیه هر وقت دوباره در دسترس باشد از آن استفاده می‌کند</translation>
    </message>
    <message>
        <source>%1 cannot be written into the team folder (%2)</source>
        <translation>%1 در پوشه‌ی تیم نوشته نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>A team folder needs your name: your files there carry it, and only your annotations go into them</source>
        <translation>پوشه‌ی تیم نام شما را لازم دارد: پرونده‌های شما در آن‌جا به این نام است و فقط حاشیه‌نویسی‌های خود شما در آن‌ها نوشته می‌شود</translation>
    </message>
    <message>
        <source>An author name in a team folder may have at most %1 characters</source>
        <translation>نام نویسنده در پوشه‌ی تیم حداکثر %1 نویسه می‌تواند باشد</translation>
    </message>
    <message>
        <source>An author name in a team folder may not hold line breaks</source>
        <translation>نام نویسنده در پوشه‌ی تیم نمی‌تواند شکست سطر داشته باشد</translation>
    </message>
    <message>
        <source>%1: annotation %2 is signed «%3», but this file speaks only for «%4»; it was refused</source>
        <translation>%1: حاشیه‌نویسی %2 به نام «%3» است، اما این پرونده فقط از طرف «%4» سخن می‌گوید؛ پذیرفته نشد</translation>
    </message>
    <message>
        <source>%1: annotation %2 belongs to «%3»; a file of «%4» may not change or delete it; it was refused</source>
        <translation>%1: حاشیه‌نویسی %2 از آنِ «%3» است و پرونده‌ی «%4» نمی‌تواند آن را تغییر دهد یا حذف کند؛ پذیرفته نشد</translation>
    </message>
    <message>
        <source>%1: annotation %2 has the modification time «%3», which is not a date and time; it was refused</source>
        <translation>%1: زمان ویرایش حاشیه‌نویسی %2، «%3»، تاریخ و ساعت درستی نیست؛ پذیرفته نشد</translation>
    </message>
    <message>
        <source>%1: annotation %2 was modified at %3, later than this computer&apos;s clock allows; it was refused (check both computers&apos; date, time and time zone)</source>
        <translation>%1: حاشیه‌نویسی %2 در %3 ویرایش شده، دیرتر از آنچه ساعت این رایانه اجازه می‌دهد؛ پذیرفته نشد (تاریخ، ساعت و منطقه‌ی زمانی هر دو رایانه را بررسی کنید)</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Export annotations</source>
        <translation>صادر کردن حاشیه‌نویسی‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln annotation(s) to %1</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی در %1 صادر شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال صادر کردن…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>صادر کردن لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>Merge annotation files</source>
        <translation>ادغام فایل‌های حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Annotation files (*.jsonld *.json *.qdpx)</source>
        <translation>فایل‌های حاشیه‌نویسی (*.jsonld *.json *.qdpx)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>در حال خواندن فایل‌ها…</translation>
    </message>
    <message>
        <source>Positions in %1: %2</source>
        <translation>جایگاه‌ها در %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Selections would move to the words their file names: %Ln</source>
        <translation>
            <numerusform>%Ln گزینش به واژه‌هایی که فایلشان نام می‌برد جابه‌جا می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی افزوده می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would update %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی به‌روز می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی حذف می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would keep %Ln annotation(s) for review, their passage not found</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی که متنشان پیدا نمی‌شود، برای بازبینی نگه داشته می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would leave %Ln annotation(s) unchanged</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی بی‌تغییر می‌ماند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring in %Ln article(s) from the files</source>
        <translation>
            <numerusform>%Ln مقاله از فایل‌ها آورده می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>Would create the tags %1</source>
        <translation>برچسب‌های تازه ساخته می‌شود: %1</translation>
    </message>
    <message numerus="yes">
        <source>Would write %Ln article note(s)</source>
        <translation>
            <numerusform>%Ln یادداشت مقاله نوشته می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging these files would change the library as follows:</source>
        <translation>ادغام این فایل‌ها کتابخانه را این‌گونه تغییر می‌دهد:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %Ln annotation(s) added or updated</source>
        <translation>
            <numerusform>ادغام شد: %Ln حاشیه‌نویسی افزوده یا به‌روز شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>در حال ادغام…</translation>
    </message>
    <message>
        <source>Merge cancelled; the library is as it was.</source>
        <translation>ادغام لغو شد؛ کتابخانه بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>Annotation files</source>
        <translation>فایل‌های حاشیه‌نویسی</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Annotations whose passage is not in this version of the article</source>
        <translation>حاشیه‌نویسی‌های گم‌شده (متن آن‌ها در این نسخهٔ مقاله پیدا نشد)</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(بی‌برچسب)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>صادر کردن حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>استاندارد W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>پروژه REFI-QDA (.qdpx) برای NVivo، ATLAS.ti، MAXQDA و QualCoder</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV برای برنامه‌های صفحه‌گسترده</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>تمام مجموعه‌ها</translation>
    </message>
    <message>
        <source>Every article of the collection, not only the annotated ones</source>
        <translation>همهٔ مقاله‌های مجموعه، نه فقط آنهایی که حاشیه دارند</translation>
    </message>
    <message>
        <source>Who added each article, and when</source>
        <translation>چه کسی و کی هر مقاله را افزوده است</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;مجموعه:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article…</source>
        <translation>جستجو در این مقاله…</translation>
    </message>
    <message>
        <source>Word forms</source>
        <translation>شکل‌های کلمه</translation>
    </message>
    <message>
        <source>Also find longer forms of each word, e.g. کشور → کشورها</source>
        <translation>شکل‌های بلندتر هر کلمه نیز پیدا شود، مثلاً کشور ← کشورها</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>مورد قبلی (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>مورد بعدی (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>موردی پیدا نشد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;جستجو در مقاله…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;پیدا کردن مورد بعدی</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>پیدا کردن مورد &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>جستجو در &amp;کتابخانه…</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import a folder of articles</source>
        <translation>وارد کردن پوشه مقاله‌ها</translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation>وارد کردن فایل‌های مقاله</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>مقاله‌ها (%1)</translation>
    </message>
    <message>
        <source>Import a zip archive</source>
        <translation>وارد کردن آرشیف زیپ</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>آرشیف‌های زیپ (*.zip)</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>در حال خواندن فایل‌ها…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation>در حال وارد کردن %1 از %2
%3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln article(s)</source>
        <translation>
            <numerusform>وارد شده: %Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln article(s)</source>
        <translation>
            <numerusform>به‌روز شده: %Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln article(s)</source>
        <translation>
            <numerusform>بدون تغییر: %Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %Ln file(s)</source>
        <translation>
            <numerusform>ناکام: %Ln فایل</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the batch in progress was not saved.</source>
        <translation>وارد کردن لغو شد؛ دسته‌ای که در حال پردازش بود ذخیره نشد.</translation>
    </message>
    <message>
        <source>Some files could not be read. Details show why.</source>
        <translation>بعضی فایل‌ها خوانده نشدند. دلیل آن را در جزئیات ببینید.</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <source>&amp;New library…</source>
        <translation>کتابخانهٔ &amp;تازه…</translation>
    </message>
    <message>
        <source>&amp;Open library…</source>
        <translation>ب&amp;از کردن کتابخانه…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>کتابخانه‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>Hashiya libraries (%1);;All files (*)</source>
        <translation>کتابخانه‌های حاشیه (%1);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>کتابخانهٔ تازه</translation>
    </message>
    <message>
        <source>«%1» already exists. To work in it, use File → Open library.</source>
        <translation>«%1» از قبل وجود دارد. برای کار در آن، از فایل ← باز کردن کتابخانه استفاده کنید.</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>باز کردن کتابخانه</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (پیدا نشد)</translation>
    </message>
    <message>
        <source>No libraries opened yet</source>
        <translation>هنوز کتابخانه‌ای باز نشده است</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter titles…</source>
        <translation>فیلتر عنوان‌ها…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>A&amp;greement and adjudication</source>
        <translation>&amp;توافق و داوری</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>وارد کردن &amp;پوشه…</translation>
    </message>
    <message>
        <source>Import f&amp;iles…</source>
        <translation>وارد کردن &amp;فایل‌ها…</translation>
    </message>
    <message>
        <source>Import &amp;zip archive…</source>
        <translation>وارد کردن آرشیف &amp;زیپ…</translation>
    </message>
    <message>
        <source>&amp;Export annotations…</source>
        <translation>&amp;صادر کردن حاشیه‌نویسی‌ها…</translation>
    </message>
    <message>
        <source>&amp;Merge annotation files…</source>
        <translation>&amp;ادغام فایل‌های حاشیه‌نویسی…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ب&amp;زرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>اندازه &amp;اصلی</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>&amp;فونت…</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>مقاله &amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>مقاله &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;فیلتر کردن فهرست</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>&amp;درباره حاشیه</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;مدیریت برچسب‌ها…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;راهنمای کاربر</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;گزارش‌ها…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;کلیدهای میان‌بر</translation>
    </message>
    <message>
        <source>Team &amp;folder…</source>
        <translation>&amp;پوشه‌ی تیم…</translation>
    </message>
    <message>
        <source>&amp;Review suggestions…</source>
        <translation>ب&amp;ازبینی پیشنهادها…</translation>
    </message>
    <message>
        <source>&amp;Suggestions…</source>
        <translation>&amp;پیشنهادها…</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>اندازه متن %1</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>&amp;سپیا</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;تاریک</translation>
    </message>
    <message>
        <source>&amp;Narrow</source>
        <translation>ب&amp;اریک</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;متوسط</translation>
    </message>
    <message>
        <source>&amp;Wide</source>
        <translation>&amp;عریض</translation>
    </message>
    <message>
        <source>&amp;Full width</source>
        <translation>&amp;تمام عرض</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>اندازه &amp;متن</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>فاصله &amp;سطر‌ها</translation>
    </message>
    <message>
        <source>Page &amp;width</source>
        <translation>&amp;عرض صفحه</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;رنگ‌بندی</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>رنگ‌بندی</translation>
    </message>
    <message>
        <source>Next theme (the arrow lists them)</source>
        <translation>رنگ‌بندی بعدی (پیکان کنار آن همه را نشان می‌دهد)</translation>
    </message>
    <message>
        <source>Show &amp;library</source>
        <translation>&amp;نمایش کتابخانه</translation>
    </message>
    <message>
        <source>Show &amp;annotations</source>
        <translation>نمایش &amp;حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ب&amp;رو</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>فونت خواندن</translation>
    </message>
    <message>
        <source>%1 — Hashiya</source>
        <translation>%1 — حاشیه</translation>
    </message>
    <message>
        <source>Hashiya %1: a reader and annotator for Persian and Dari article collections.

Library: %2</source>
        <translation>حاشیه %1: خواننده و حاشیه‌نویس مجموعه‌های مقاله‌های فارسی و دری.

کتابخانه: %2</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>اندازه متن: %1 پوینت</translation>
    </message>
    <message>
        <source>Select the passage this annotation belongs to, then choose Place at selection.</source>
        <translation>بخشی را که این حاشیه‌نویسی به آن تعلق دارد انتخاب کنید، سپس «گذاشتن روی متن انتخاب‌شده» را بزنید.</translation>
    </message>
    <message>
        <source>Placed.</source>
        <translation>گذاشته شد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>«%1» could not be undone or redone, so it was taken off the undo list.</source>
        <translation>«%1» را دیگر نمی‌شد برگرداند یا تکرار کرد؛ از فهرست برگرداندن برداشته شد.</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>درباره حاشیه</translation>
    </message>
</context>
<context>
    <name>MarginController</name>
    <message>
        <source>Show &amp;margin notes</source>
        <translation>نمایش &amp;یادداشت‌های حاشیه</translation>
    </message>
    <message>
        <source>Ne&amp;xt annotation</source>
        <translation>حاشیه‌نویسی &amp;بعدی</translation>
    </message>
    <message>
        <source>Previous annotatio&amp;n</source>
        <translation>حاشیه‌نویسی &amp;قبلی</translation>
    </message>
</context>
<context>
    <name>MarginNotes</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n یادداشت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge tags</source>
        <translation>ادغام برچسب‌ها</translation>
    </message>
    <message>
        <source>Merge the tag «%1» into:</source>
        <translation>برچسب «%1» در این برچسب ادغام شود:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Write a note about this passage…</source>
        <translation>درباره این بخش یادداشتی بنویسید…</translation>
    </message>
    <message>
        <source>%1 saves the note.</source>
        <translation>با %1 یادداشت ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Organizing</name>
    <message>
        <source>&amp;Move to collection</source>
        <translation>&amp;انتقال به مجموعه</translation>
    </message>
    <message>
        <source>&amp;Edit article details…</source>
        <translation>&amp;ویرایش مشخصات مقاله…</translation>
    </message>
    <message>
        <source>&amp;Delete articles…</source>
        <translation>&amp;حذف مقاله‌ها…</translation>
    </message>
    <message>
        <source>&amp;Rename collection…</source>
        <translation>&amp;تغییر نام مجموعه…</translation>
    </message>
    <message>
        <source>Mer&amp;ge collection into</source>
        <translation>ا&amp;دغام مجموعه در</translation>
    </message>
    <message>
        <source>Delete c&amp;ollection…</source>
        <translation>حذف م&amp;جموعه…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;کتابخانه</translation>
    </message>
    <message>
        <source>Move articles</source>
        <translation>انتقال مقاله‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln article(s) to «%1».</source>
        <translation>
            <numerusform>%Ln مقاله به «%1» منتقل شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s)?</source>
        <translation>
            <numerusform>%Ln مقاله حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete articles</source>
        <translation>حذف مقاله‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln article(s). Edit → Undo brings them back.</source>
        <translation>
            <numerusform>%Ln مقاله حذف شد. ویرایش ← برگرداندن آن‌ها را برمی‌گرداند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) will be deleted too; an exported file will tell colleagues about the deletion.</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی هم حذف می‌شود؛ فایل صادرشده همکاران را هم از این حذف باخبر می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>ویرایش مشخصات مقاله</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>تغییر نام مجموعه</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message>
        <source>Merge collections</source>
        <translation>ادغام مجموعه‌ها</translation>
    </message>
    <message>
        <source>«%1» merged into «%2».</source>
        <translation>«%1» در «%2» ادغام شد.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection «%1» and its %Ln article(s)?</source>
        <translation>
            <numerusform>مجموعهٔ «%1» و %Ln مقالهٔ آن حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>حذف مجموعه</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>مجموعهٔ تازه…</translation>
    </message>
    <message>
        <source>Move to a new collection</source>
        <translation>انتقال به مجموعهٔ تازه</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>نام مجموعه:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PairMatrixModel</name>
    <message>
        <source>%1 marked %2 units with «%3»</source>
        <translation>%1 به %2 واحد برچسب «%3» زده است</translation>
    </message>
    <message>
        <source>✓%1  ✗%2</source>
        <translation>✓%1  ✗%2</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>code points, byte-order mark not counted (as the standard says)</source>
        <translation>نویسه‌های یونیکد، بی‌شمردن نشانهٔ ترتیب بایت (چنان‌که استاندارد می‌گوید)</translation>
    </message>
    <message>
        <source>UTF-16 units, byte-order mark not counted</source>
        <translation>واحدهای UTF-16، بی‌شمردن نشانهٔ ترتیب بایت</translation>
    </message>
    <message>
        <source>code points, byte-order mark counted</source>
        <translation>نویسه‌های یونیکد، با شمردن نشانهٔ ترتیب بایت</translation>
    </message>
    <message>
        <source>code points, CR LF counted as one</source>
        <translation>نویسه‌های یونیکد، CR LF یکی شمرده شده</translation>
    </message>
    <message>
        <source>UTF-16 units, CR LF counted as one</source>
        <translation>واحدهای UTF-16، ‏CR LF یکی شمرده شده</translation>
    </message>
    <message>
        <source>UTF-16 units, byte-order mark counted</source>
        <translation>واحدهای UTF-16، با شمردن نشانهٔ ترتیب بایت</translation>
    </message>
    <message>
        <source>code points, byte-order mark counted, CR LF counted as one</source>
        <translation>نویسه‌های یونیکد، با شمردن نشانهٔ ترتیب بایت، CR LF یکی شمرده شده</translation>
    </message>
    <message>
        <source>UTF-16 units, byte-order mark counted, CR LF counted as one</source>
        <translation>واحدهای UTF-16، با شمردن نشانهٔ ترتیب بایت، CR LF یکی شمرده شده</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>Your name, as colleagues should see it</source>
        <translation>نام شما، چنان‌که همکاران باید ببینند</translation>
    </message>
    <message>
        <source>Solar, Afghan months (Hamal, Sawr …)</source>
        <translation>هجری خورشیدی، ماه‌های افغانی (حمل، ثور …)</translation>
    </message>
    <message>
        <source>Solar, Iranian months (Farvardin, Ordibehesht …)</source>
        <translation>هجری خورشیدی، ماه‌های ایرانی (فروردین، اردیبهشت …)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>You and the interface</source>
        <translation>شما و برنامه</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>نام &amp;نویسنده:</translation>
    </message>
    <message>
        <source>Signs your annotations and notes; the command line uses it too.</source>
        <translation>پای حاشیه‌نویسی‌ها و یادداشت‌های شما می‌آید؛ خط فرمان هم از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>باریک</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>پهن</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>تمام‌عرض</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>سپیا</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <source>Reading text</source>
        <translation>متن خواندنی</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;قلم:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;اندازهٔ متن:</translation>
    </message>
    <message>
        <source>Line &amp;spacing:</source>
        <translation>&amp;فاصلهٔ سطرها:</translation>
    </message>
    <message>
        <source>Page &amp;width:</source>
        <translation>&amp;پهنای صفحه:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;رنگ‌بندی:</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>امروز: %1</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;پرونده‌هایی از نوع:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>گوینده</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>As written in the article: %1</source>
        <translation>چنان‌که در مقاله آمده: %1</translation>
    </message>
    <message>
        <source>The sample collection is being imported; its first article opens when it is in.</source>
        <translation>مجموعهٔ نمونه در حال وارد شدن است؛ وقتی آماده شد، نخستین مقاله‌اش باز می‌شود.</translation>
    </message>
    <message>
        <source>Choose an article from the library.</source>
        <translation>یک مقاله را از کتابخانه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The library is empty. Bring articles in with File → Import folder… (%1), Import files… or Import zip archive…: text, HTML pages and JSON exports.</source>
        <translation>کتابخانه خالی است. مقاله‌ها را از منوی فایل ← وارد کردن پوشه… (%1)، وارد کردن فایل‌ها… یا وارد کردن آرشیف زیپ… بیاورید: متن ساده، صفحه‌های HTML و خروجی‌های JSON.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>سطرها:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>شمارش:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>مجموعه:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>رسانه:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>کدگذار:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>جدول به شکل CSV…</translation>
    </message>
    <message>
        <source>Table as Excel workbook (XLSX)…</source>
        <translation>جدول به شکل کاربرگ اکسل (XLSX)…</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>نمودار به شکل تصویر PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG drawing…</source>
        <translation>نمودار به شکل طرح SVG…</translation>
    </message>
    <message>
        <source>Coded passages as a web page (HTML)…</source>
        <translation>بخش‌های کدگذاری‌شده به شکل صفحهٔ وب (HTML)…</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>بخش متن</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>کدگذار</translation>
    </message>
    <message>
        <source>How often two tags are applied to the same or overlapping passages; the diagonal: passages carrying the tag.</source>
        <translation>چند بار دو برچسب روی یک بخش یا بخش‌های هم‌پوشان زده شده‌اند؛ قطر جدول: شمار بخش‌هایی که آن برچسب را دارند.</translation>
    </message>
    <message>
        <source>Count co-occurrence</source>
        <translation>شمارش هم‌رخدادی</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>بخش‌های کدگذاری‌شده</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>هم‌رخدادی</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>مجموعه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(بی‌تاریخ)</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(رسانهٔ نامعلوم)</translation>
    </message>
    <message>
        <source>(no coder)</source>
        <translation>(کدگذار نامعلوم)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>همهٔ مجموعه‌ها</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>همهٔ رسانه‌ها</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>همهٔ کدگذاران</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>از آغاز</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>تا پایان</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بر پایهٔ %2</translation>
    </message>
    <message>
        <source>Choose a cell of the table to list the passages behind it.</source>
        <translation>خانه‌ای از جدول را برگزینید تا بخش‌های متنِ پشت آن فهرست شود.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln passage(s)</source>
        <translation>
            <numerusform>%1: %Ln بخش</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 listed; the HTML export has them all)</source>
        <translation>(%1 بخش نخست فهرست شده؛ برون‌بری HTML همه را دارد)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Counting tags that meet on the same passages…</source>
        <translation>شمارش برچسب‌هایی که روی بخش‌های یکسان آمده‌اند…</translation>
    </message>
    <message>
        <source>Co-occurrence not counted.</source>
        <translation>هم‌رخدادی شمرده نشد.</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>جدول CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>کاربرگ اکسل</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>برون‌بری گزارش</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>تصویر PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>طرح SVG</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>برون‌بری نمودار</translation>
    </message>
    <message>
        <source>Choose a cell of the table first: its passages are exported.</source>
        <translation>نخست خانه‌ای از جدول را برگزینید: بخش‌های آن برون‌بری می‌شود.</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحهٔ وب</translation>
    </message>
    <message>
        <source>Export coded passages</source>
        <translation>برون‌بری بخش‌های کدگذاری‌شده</translation>
    </message>
</context>
<context>
    <name>RoleTab</name>
    <message>
        <source>Suggest these passages</source>
        <translation>این بخش‌ها پیشنهاد شوند</translation>
    </message>
    <message>
        <source>Tag to suggest:</source>
        <translation>برچسب پیشنهادی:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;Add cue</source>
        <translation>&amp;افزودن نشانه</translation>
    </message>
    <message>
        <source>Re&amp;move cue</source>
        <translation>&amp;حذف نشانه</translation>
    </message>
    <message>
        <source>«…» in the words stands for up to three words.</source>
        <translation>«…» در میان واژه‌ها جای حداکثر سه واژه است.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>For example: %1</source>
        <translation>مثلاً: %1</translation>
    </message>
    <message>
        <source>All the words must occur; &quot;quotes&quot; find a phrase; OR finds either side; -word leaves out the articles with that word; word* finds every word that starts so</source>
        <translation>همه کلمه‌ها باید در مقاله باشند؛ &quot;عبارت&quot; در گیومه همان عبارت را پیدا می‌کند؛ OR هر یک از دو طرف را پیدا می‌کند؛ -کلمه مقاله‌هایی را که آن کلمه را دارند کنار می‌گذارد؛ کلمه* هر کلمه‌ای را که با آن شروع شود پیدا می‌کند</translation>
    </message>
    <message>
        <source>&amp;Word forms</source>
        <translation>&amp;شکل‌های کلمه</translation>
    </message>
    <message>
        <source>Also find longer forms of each word, e.g. کشور → کشورها</source>
        <translation>شکل‌های بلندتر هر کلمه نیز پیدا شود، مثلاً کشور ← کشورها</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>بیشترین ارتباط</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>جدیدترین‌ها اول</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>ترت&amp;یب:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <source>Only articles with the &amp;tag:</source>
        <translation>فقط مقاله‌های &amp;دارای برچسب:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s); those with a search word in the title first</source>
        <translation>
            <numerusform>حدود %Ln مقاله؛ آن‌هایی که واژهٔ جست‌وجو در عنوانشان آمده، نخست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s); those with a search word in the title first</source>
        <translation>
            <numerusform>%Ln مقاله؛ آن‌هایی که واژهٔ جست‌وجو در عنوانشان آمده، نخست</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <source>Tag shortcut</source>
        <translation>کلید میان‌بر برچسب</translation>
    </message>
    <message>
        <source>Press the keys that tag a passage as «%1»:</source>
        <translation>کلیدهایی را فشار دهید که به یک بخش متن برچسب «%1» بزنند:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;پاک کردن</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کلیدهای میان‌بر</translation>
    </message>
    <message>
        <source>Find a command or a key…</source>
        <translation>جستجوی فرمان یا کلید…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>متن مقاله</translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>Suggested «%1» (cues: %2)</source>
        <translation>پیشنهاد «%1» (نشانه‌ها: %2)</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>گوینده: %1</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رد کردن پیشنهاد</translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation>نمایش &amp;پیشنهادها</translation>
    </message>
    <message>
        <source>%1 — Enter accepts, Delete rejects.</source>
        <translation>%1 — Enter می‌پذیرد، Delete رد می‌کند.</translation>
    </message>
    <message>
        <source>No suggestion here: click an outlined passage first.</source>
        <translation>اینجا پیشنهادی نیست: نخست روی بخشی که دورش خط‌چین است کلیک کنید.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Accepted: tagged «%1» and saved.</source>
        <translation>پذیرفته شد: با برچسب «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>رد کردن پیشنهاد</translation>
    </message>
    <message>
        <source>Rejected; it will not be suggested again here. Ctrl+Z brings it back.</source>
        <translation>رد شد؛ دیگر در این مقاله پیشنهاد نمی‌شود. Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message>
        <source>Review suggestions</source>
        <translation>بازبینی پیشنهادها</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>همهٔ مجموعه‌ها</translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation>&amp;یافتن پیشنهادها</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>مجموعه:</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;پذیرفتن (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject (Delete)</source>
        <translation>&amp;رد کردن (Delete)</translation>
    </message>
    <message>
        <source>Finding suggestions…</source>
        <translation>در حال یافتن پیشنهادها…</translation>
    </message>
    <message>
        <source>Finding suggestions: article %1 of %2</source>
        <translation>یافتن پیشنهادها: مقالهٔ %1 از %2</translation>
    </message>
    <message>
        <source>That suggestion was already decided or its article changed; it is taken off the queue.</source>
        <translation>دربارهٔ این پیشنهاد پیش‌تر تصمیم گرفته شده یا مقاله‌اش تغییر کرده است؛ از فهرست بازبینی برداشته شد.</translation>
    </message>
    <message>
        <source>%1 to review · %2 accepted · %3 rejected</source>
        <translation>%1 برای بازبینی · %2 پذیرفته · %3 رد شده</translation>
    </message>
    <message>
        <source>(stopped after %1 of %2 articles)</source>
        <translation>(پس از %1 مقاله از %2 متوقف شد)</translation>
    </message>
</context>
<context>
    <name>SuggestionSettings</name>
    <message>
        <source>verb of saying</source>
        <translation>فعل گفتن</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>نقل قول از منبع</translation>
    </message>
    <message>
        <source>denial verb</source>
        <translation>فعل تکذیب</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>داوری دربارهٔ ادعا</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>word for a claim</source>
        <translation>واژهٔ ادعا</translation>
    </message>
    <message>
        <source>word for false</source>
        <translation>واژهٔ نادرستی</translation>
    </message>
    <message>
        <source>word for a proposal</source>
        <translation>واژهٔ پیشنهاد</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>واکنش</translation>
    </message>
    <message>
        <source>not a cue (trap)</source>
        <translation>نشانه نیست (دام)</translation>
    </message>
</context>
<context>
    <name>SuggestionSettingsDialog</name>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>ادعاها</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>تکذیب‌ها</translation>
    </message>
    <message>
        <source>Hashiya outlines the sentences these words point to; you decide. Verbs count in every form («گفت» finds «می‌گویند»); a negated one does not.</source>
        <translation>حاشیه دور جمله‌هایی را که این واژه‌ها نشان می‌دهند خط‌چین می‌کشد؛ تصمیم با شماست. فعل‌ها در همهٔ صورت‌هایشان شمرده می‌شوند («گفت»، «می‌گویند» را هم می‌یابد)؛ فعل منفی شمرده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>&amp;Tags, in the order the tag bar shows them:</source>
        <translation>برچسب‌ها، به &amp;ترتیبی که در نوار برچسب‌ها دیده می‌شوند:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>تغییر &amp;نام…</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;رنگ…</translation>
    </message>
    <message>
        <source>&amp;Shortcut…</source>
        <translation>&amp;کلید میان‌بر…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;انتقال به بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>ادغام &amp;در…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ب&amp;ستن</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ب&amp;رگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;تکرار</translation>
    </message>
    <message numerus="yes">
        <source>On %Ln annotation(s)</source>
        <translation>
            <numerusform>در %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a tag&apos;s name and its keyboard shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keys 1 to 9 already tag by position in this list. Choose a combination such as Ctrl+Shift+1.</source>
        <translation>کلیدهای ۱ تا ۹ از قبل، بر اساس جای برچسب‌ها در این فهرست، برچسب می‌زنند. لطفاً ترکیبی مانند Ctrl+Shift+1 را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The shortcut %1 already tags passages as «%2». Choose other keys, or clear that tag&apos;s shortcut first.</source>
        <translation>کلید میان‌بر %1 از قبل برای برچسب «%2» به کار می‌رود. لطفاً کلیدهای دیگری انتخاب کنید یا نخست کلید میان‌بر آن برچسب را پاک کنید.</translation>
    </message>
    <message>
        <source>Choose another existing tag to merge «%1» into.</source>
        <translation>لطفاً برچسب موجود دیگری را انتخاب کنید تا «%1» در آن ادغام شود.</translation>
    </message>
    <message numerus="yes">
        <source>Merge the tag «%1» into «%2»? %Ln annotation(s) tagged «%1» will carry «%2» instead, and «%1» will be removed.</source>
        <translation>
            <numerusform>آیا می‌خواهید برچسب «%1» را در «%2» ادغام کنید؟ %Ln حاشیه‌نویسی که برچسب «%1» دارد، از این پس برچسب «%2» خواهد داشت و «%1» حذف می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag «%1»? It is on %Ln annotation(s).</source>
        <translation>
            <numerusform>آیا می‌خواهید برچسب «%1» را حذف کنید؟ این برچسب در %Ln حاشیه‌نویسی به کار رفته است.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>برچسب جدید</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>نام برچسب جدید:</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>تغییر نام برچسب</translation>
    </message>
    <message>
        <source>New name for «%1»:</source>
        <translation>نام جدید برای «%1»:</translation>
    </message>
    <message>
        <source>Colour of «%1»</source>
        <translation>رنگ «%1»</translation>
    </message>
    <message>
        <source>Edit → Undo reverses this.</source>
        <translation>با «ویرایش ← برگرداندن» می‌توانید این کار را برگردانید.</translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>فیلتر برچسب‌ها…</translation>
    </message>
    <message>
        <source>There are no tags yet. Create them in the tag manager.</source>
        <translation>هنوز هیچ برچسبی ساخته نشده است. لطفاً برچسب‌ها را در «مدیریت برچسب‌ها» بسازید.</translation>
    </message>
</context>
<context>
    <name>TagSummaryModel</name>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Marked by anyone</source>
        <translation>دست‌کم یکی</translation>
    </message>
    <message>
        <source>Marked by all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (nominal) over all compared coders, unit by unit</source>
        <translation>آلفای کریپندورف (اسمی) روی همهٔ کدگذاران مقایسه‌شده، واحد به واحد</translation>
    </message>
    <message>
        <source>Units at least one coder marked with the tag</source>
        <translation>واحدهایی که دست‌کم یک کدگذار این برچسب را به آن زده است</translation>
    </message>
    <message>
        <source>Units every compared coder marked with the tag</source>
        <translation>واحدهایی که همهٔ کدگذاران مقایسه‌شده این برچسب را به آن زده‌اند</translation>
    </message>
</context>
<context>
    <name>TeamFolderDialog</name>
    <message>
        <source>Team folder</source>
        <translation>پوشه‌ی تیم</translation>
    </message>
    <message>
        <source>Hashiya writes your annotations into this folder and merges your colleagues&apos; as their files arrive. Choose a folder that a sync engine you already use (Syncthing, Nextcloud, Dropbox, OneDrive, a network share) keeps in step between your computers.</source>
        <translation>حاشیه حاشیه‌نویسی‌های شما را در این پوشه می‌نویسد و حاشیه‌نویسی‌های همکارانتان را، همین که پرونده‌هایشان برسد، ادغام می‌کند. پوشه‌ای را برگزینید که یک برنامه‌ی همگام‌سازی که از پیش به کار می‌برید (Syncthing، Nextcloud، Dropbox، OneDrive یا یک پوشه‌ی اشتراکی شبکه) میان رایانه‌هایتان هماهنگ نگه می‌دارد.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;نام شما:</translation>
    </message>
    <message>
        <source>&amp;Bring in from shared texts</source>
        <translation>&amp;آوردن از متن‌های مشترک</translation>
    </message>
    <message>
        <source>Looks for the articles in REFI-QDA projects (.qdpx) that colleagues put in the team folder (File → Export annotations…).</source>
        <translation>مقاله‌ها را در پروژه‌های REFI-QDA ‏(.qdpx) می‌جوید که همکاران در پوشه‌ی تیم گذاشته‌اند (پرونده ← صدور حاشیه‌نویسی‌ها…).</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>&amp;توقف همگام‌سازی</translation>
    </message>
    <message>
        <source>Articles colleagues annotated that this library lacks:</source>
        <translation>مقاله‌هایی که همکاران حاشیه‌نویسی کرده‌اند و در این کتابخانه نیست:</translation>
    </message>
    <message>
        <source>Refused or unreadable:</source>
        <translation>پذیرفته‌نشده یا ناخوانا:</translation>
    </message>
    <message>
        <source>Not syncing with a team folder.</source>
        <translation>با هیچ پوشه‌ی تیمی همگام نمی‌شود.</translation>
    </message>
    <message>
        <source>The team folder cannot be reached now; Hashiya will keep trying.</source>
        <translation>اکنون به پوشه‌ی تیم دسترسی نیست؛ حاشیه باز هم تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Syncing with %1.</source>
        <translation>همگام با %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln annotation(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder (or cannot be reached now).</source>
        <translation>%1 پوشه نیست (یا اکنون در دسترس نیست).</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>همگام‌سازی با پوشه‌ی تیم…</translation>
    </message>
    <message>
        <source>The team folder %1 cannot be reached; Hashiya will keep trying.</source>
        <translation>به پوشه‌ی تیم %1 دسترسی نیست؛ حاشیه باز هم تلاش می‌کند.</translation>
    </message>
    <message>
        <source>The team folder is back.</source>
        <translation>پوشه‌ی تیم دوباره در دسترس است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new annotation(s) from %1</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی تازه از %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) changed by %1</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی را %1 تغییر داد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted by %1</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی را %1 حذف کرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) from the team folder refused; Settings → Team folder… says why</source>
        <translation>
            <numerusform>%Ln حاشیه‌نویسی از پوشه‌ی تیم پذیرفته نشد؛ علت را در تنظیمات ← پوشه‌ی تیم… ببینید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the team folder cannot be read; Settings → Team folder… says which</source>
        <translation>
            <numerusform>%Ln پرونده در پوشه‌ی تیم خوانده نمی‌شود؛ کدام‌ها را در تنظیمات ← پوشه‌ی تیم… ببینید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) brought in from shared texts</source>
        <translation>
            <numerusform>%Ln مقاله از متن‌های مشترک آورده شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing in articles from shared texts…</source>
        <translation>آوردن مقاله‌ها از متن‌های مشترک…</translation>
    </message>
    <message>
        <source>Cancelled; the library is as it was.</source>
        <translation>لغو شد؛ کتابخانه همان است که بود.</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>پوشه‌ی تیم</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Hashiya user guide</source>
        <translation>راهنمای حاشیه</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <source>Open library</source>
        <translation>باز کردن کتابخانه</translation>
    </message>
    <message>
        <source>Hashiya</source>
        <translation>حاشیه</translation>
    </message>
    <message>
        <source>Wait for the running operation to finish, or cancel it, then try again.</source>
        <translation>صبر کنید تا کار در حال اجرا تمام شود، یا آن را لغو کنید، سپس دوباره امتحان کنید.</translation>
    </message>
</context>
</TS>
