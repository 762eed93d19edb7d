<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
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
    <name>ReaderView</name>
    <message>
        <source>Choose an article from the library.</source>
        <translation>یک مقاله را از کتابخانه انتخاب کنید.</translation>
    </message>
</context>
</TS>
