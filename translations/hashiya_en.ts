<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
