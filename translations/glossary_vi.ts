<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ptlab::ui::GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <source>The glossary could not be opened: %1</source>
        <translation>Không mở được bảng thuật ngữ: %1</translation>
    </message>
    <message>
        <source>The glossary is damaged: %1</source>
        <translation>Bảng thuật ngữ bị hỏng: %1</translation>
    </message>
    <message>
        <source>One vocabulary for the lessons and the interface: each term in English and Vietnamese, with a short definition. Type to filter; Vietnamese works with or without diacritics.</source>
        <translation>Một bộ từ vựng chung cho các bài học và giao diện: mỗi thuật ngữ bằng tiếng Anh và tiếng Việt, kèm một định nghĩa ngắn. Gõ để lọc; tiếng Việt có dấu hay không dấu đều được.</translation>
    </message>
    <message>
        <source>Filter, e.g. core, lõi, mutex</source>
        <translation>Lọc, ví dụ: core, lõi, mutex</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Định nghĩa</translation>
    </message>
</context>
</TS>
