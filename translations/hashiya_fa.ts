<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>Annotating</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگرداندن</translation>
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
    <name>CollectionListModel</name>
    <message numerus="yes">
        <source>All articles (%Ln)</source>
        <translation>
            <numerusform>تمام مقاله‌ها (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 is not a Hashiya library (%2); it was left untouched</source>
        <translation>%1 کتابخانهٔ حاشیه نیست (%2)؛ به آن دست زده نشد</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hashiya (schema %2; this version knows %3): please update Hashiya</source>
        <translation>%1 با نسخهٔ تازه‌تری از حاشیه ساخته شده است (طرح %2؛ این نسخه تا %3 را می‌شناسد): لطفاً حاشیه را به‌روز کنید</translation>
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
    <message numerus="yes">
        <source>Added: %Ln annotation(s)</source>
        <translation>
            <numerusform>افزوده شده: %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln annotation(s)</source>
        <translation>
            <numerusform>به‌روز شده: %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %Ln annotation(s)</source>
        <translation>
            <numerusform>حذف شده: %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphaned, for review: %Ln annotation(s)</source>
        <translation>
            <numerusform>گم‌شده، برای بازبینی: %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln annotation(s)</source>
        <translation>
            <numerusform>بدون تغییر: %Ln حاشیه‌نویسی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles brought in from the files: %Ln</source>
        <translation>
            <numerusform>مقاله‌های آورده‌شده از فایل‌ها: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>برچسب‌های جدید: %1</translation>
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
        <source>Cancel</source>
        <translation>لغو</translation>
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
        <source>&amp;Collection:</source>
        <translation>&amp;مجموعه:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>بر&amp;چسب:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>نوی&amp;سنده:</translation>
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
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
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
    <name>LibraryPanel</name>
    <message>
        <source>Filter titles…</source>
        <translation>فیلتر عنوان‌ها…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hashiya</source>
        <translation>حاشیه</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
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
        <translation>&amp;بزرگ‌نمایی</translation>
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
        <translation>&amp;باریک</translation>
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
        <source>Show &amp;library</source>
        <translation>&amp;نمایش کتابخانه</translation>
    </message>
    <message>
        <source>Show &amp;annotations</source>
        <translation>نمایش &amp;حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;برو</translation>
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
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The new language takes effect when Hashiya is restarted.</source>
        <translation>زبان جدید بعد از اجرای دوباره حاشیه فعال می‌شود.</translation>
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
        <source>Import failed</source>
        <translation>وارد کردن ناکام شد</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>درباره حاشیه</translation>
    </message>
    <message>
        <source>Hashiya %1: a reader and annotator for Persian and Dari article collections.</source>
        <translation>حاشیه %1: برنامه‌ای برای خواندن و حاشیه‌نویسی مجموعه‌های مقاله به زبان‌های فارسی و دری.</translation>
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
    <name>QueryError</name>
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
        <source>The quotation marks hold no word to search for</source>
        <translation>میان گیومه‌ها کلمه‌ای برای جستجو نیست</translation>
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
        <source>NEAR needs at least two words, as in NEAR(کابل هرات, 10)</source>
        <translation>NEAR دست‌کم به دو کلمه نیاز دارد، مانند NEAR(کابل هرات, 10)</translation>
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
        <source>Too many nested parentheses (at most 8)</source>
        <translation>پرانتزهای تودرتو بیش از حد است (حداکثر ۸)</translation>
    </message>
    <message>
        <source>This search cannot be run; try fewer or simpler words</source>
        <translation>این جستجو اجرا نمی‌شود؛ کلمه‌های کمتر یا ساده‌تری را امتحان کنید</translation>
    </message>
    <message>
        <source>The NEAR distance must be a whole number up to 100000, as in NEAR(کابل هرات, 10)</source>
        <translation>فاصله در NEAR باید عددی درست تا 100000 باشد، مانند NEAR(کابل هرات, 10)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Choose an article from the library.</source>
        <translation>یک مقاله را از کتابخانه انتخاب کنید.</translation>
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
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;برگرداندن</translation>
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
</TS>
