<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ptlab::ui::GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>The glossary could not be opened: %1</source>
        <translation>The glossary could not be opened: %1</translation>
    </message>
    <message>
        <source>The glossary is damaged: %1</source>
        <translation>The glossary is damaged: %1</translation>
    </message>
    <message>
        <source>One vocabulary for the lessons and the interface: each term in English and Vietnamese, with a short definition. Type to filter; Vietnamese works with or without diacritics.</source>
        <translation>One vocabulary for the lessons and the interface: each term in English and Vietnamese, with a short definition. Type to filter; Vietnamese works with or without diacritics.</translation>
    </message>
    <message>
        <source>Filter, e.g. core, lõi, mutex</source>
        <translation>Filter, e.g. core, lõi, mutex</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
</TS>
