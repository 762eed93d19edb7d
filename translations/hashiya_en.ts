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
        <source>Added: %Ln annotation(s)</source>
        <translation>
            <numerusform>Added: %Ln annotation</numerusform>
            <numerusform>Added: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln annotation(s)</source>
        <translation>
            <numerusform>Updated: %Ln annotation</numerusform>
            <numerusform>Updated: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %Ln annotation(s)</source>
        <translation>
            <numerusform>Deleted: %Ln annotation</numerusform>
            <numerusform>Deleted: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphaned, for review: %Ln annotation(s)</source>
        <translation>
            <numerusform>Orphaned, for review: %Ln annotation</numerusform>
            <numerusform>Orphaned, for review: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln annotation(s)</source>
        <translation>
            <numerusform>Unchanged: %Ln annotation</numerusform>
            <numerusform>Unchanged: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles brought in from the files: %Ln</source>
        <translation>
            <numerusform>Articles brought in from the files: %Ln</numerusform>
            <numerusform>Articles brought in from the files: %Ln</numerusform>
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
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
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
