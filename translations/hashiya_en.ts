<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationPanel</name>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionListModel</name>
    <message numerus="yes">
        <source>All articles (%Ln)</source>
        <translation>
            <numerusform>All articles (%Ln)</numerusform>
            <numerusform>All articles (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Exported %Ln annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln annotation to %1</numerusform>
            <numerusform>Exported %Ln annotations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selections would move to the words their file names: %Ln</source>
        <translation>
            <numerusform>%Ln selection would move to the words its file names</numerusform>
            <numerusform>%Ln selections would move to the words their file names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %Ln annotation(s)</source>
        <translation>
            <numerusform>Would add %Ln annotation</numerusform>
            <numerusform>Would add %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would update %Ln annotation(s)</source>
        <translation>
            <numerusform>Would update %Ln annotation</numerusform>
            <numerusform>Would update %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %Ln annotation(s)</source>
        <translation>
            <numerusform>Would delete %Ln annotation</numerusform>
            <numerusform>Would delete %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would keep %Ln annotation(s) for review, their passage not found</source>
        <translation>
            <numerusform>Would keep %Ln annotation for review, its passage not found</numerusform>
            <numerusform>Would keep %Ln annotations for review, their passage not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would leave %Ln annotation(s) unchanged</source>
        <translation>
            <numerusform>Would leave %Ln annotation unchanged</numerusform>
            <numerusform>Would leave %Ln annotations unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would bring in %Ln article(s) from the files</source>
        <translation>
            <numerusform>Would bring in %Ln article from the files</numerusform>
            <numerusform>Would bring in %Ln articles from the files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would write %Ln article note(s)</source>
        <translation>
            <numerusform>Would write %Ln article note</numerusform>
            <numerusform>Would write %Ln article notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %Ln annotation(s) added or updated</source>
        <translation>
            <numerusform>Merged: %Ln annotation added or updated</numerusform>
            <numerusform>Merged: %Ln annotations added or updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported: %Ln article(s)</source>
        <translation>
            <numerusform>Imported: %Ln article</numerusform>
            <numerusform>Imported: %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln article(s)</source>
        <translation>
            <numerusform>Updated: %Ln article</numerusform>
            <numerusform>Updated: %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln article(s)</source>
        <translation>
            <numerusform>Unchanged: %Ln article</numerusform>
            <numerusform>Unchanged: %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %Ln file(s)</source>
        <translation>
            <numerusform>Failed: %Ln file</numerusform>
            <numerusform>Failed: %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarginNotes</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Organizing</name>
    <message numerus="yes">
        <source>Moved %Ln article(s) to «%1».</source>
        <translation>
            <numerusform>Moved %Ln article to «%1».</numerusform>
            <numerusform>Moved %Ln articles to «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s)?</source>
        <translation>
            <numerusform>Delete %Ln article?</numerusform>
            <numerusform>Delete %Ln articles?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln article(s). Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln article. Edit → Undo brings it back.</numerusform>
            <numerusform>Deleted %Ln articles. Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) will be deleted too; an exported file will tell colleagues about the deletion.</source>
        <translation>
            <numerusform>%Ln annotation will be deleted too; an exported file will tell colleagues about the deletion.</numerusform>
            <numerusform>%Ln annotations will be deleted too; an exported file will tell colleagues about the deletion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection «%1» and its %Ln article(s)?</source>
        <translation>
            <numerusform>Delete the collection «%1» and its %Ln article?</numerusform>
            <numerusform>Delete the collection «%1» and its %Ln articles?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message numerus="yes">
        <source>%1: %Ln passage(s)</source>
        <translation>
            <numerusform>%1: %Ln passage</numerusform>
            <numerusform>%1: %Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln article(s); those with a search word in the title first</source>
        <translation>
            <numerusform>About %Ln article; those with a search word in the title first</numerusform>
            <numerusform>About %Ln articles; those with a search word in the title first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s); those with a search word in the title first</source>
        <translation>
            <numerusform>%Ln article; those with a search word in the title first</numerusform>
            <numerusform>%Ln articles; those with a search word in the title first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <source>On %Ln annotation(s)</source>
        <translation>
            <numerusform>On %Ln annotation</numerusform>
            <numerusform>On %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge the tag «%1» into «%2»? %Ln annotation(s) tagged «%1» will carry «%2» instead, and «%1» will be removed.</source>
        <translation>
            <numerusform>Merge the tag «%1» into «%2»? %Ln annotation tagged «%1» will carry «%2» instead, and «%1» will be removed.</numerusform>
            <numerusform>Merge the tag «%1» into «%2»? %Ln annotations tagged «%1» will carry «%2» instead, and «%1» will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag «%1»? It is on %Ln annotation(s).</source>
        <translation>
            <numerusform>Delete the tag «%1»? It is on %Ln annotation.</numerusform>
            <numerusform>Delete the tag «%1»? It is on %Ln annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFolderDialog</name>
    <message numerus="yes">
        <source>%1 (%2): %Ln annotation(s)</source>
        <translation>
            <numerusform>%1 (%2): %Ln annotation</numerusform>
            <numerusform>%1 (%2): %Ln annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>%Ln new annotation(s) from %1</source>
        <translation>
            <numerusform>%Ln new annotation from %1</numerusform>
            <numerusform>%Ln new annotations from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) changed by %1</source>
        <translation>
            <numerusform>%Ln annotation changed by %1</numerusform>
            <numerusform>%Ln annotations changed by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) deleted by %1</source>
        <translation>
            <numerusform>%Ln annotation deleted by %1</numerusform>
            <numerusform>%Ln annotations deleted by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) from the team folder refused; Settings → Team folder… says why</source>
        <translation>
            <numerusform>%Ln annotation from the team folder refused; Settings → Team folder… says why</numerusform>
            <numerusform>%Ln annotations from the team folder refused; Settings → Team folder… says why</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the team folder cannot be read; Settings → Team folder… says which</source>
        <translation>
            <numerusform>%Ln file in the team folder cannot be read; Settings → Team folder… says which</numerusform>
            <numerusform>%Ln files in the team folder cannot be read; Settings → Team folder… says which</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) brought in from shared texts</source>
        <translation>
            <numerusform>%Ln article brought in from shared texts</numerusform>
            <numerusform>%Ln articles brought in from shared texts</numerusform>
        </translation>
    </message>
</context>
</TS>
