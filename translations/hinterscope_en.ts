<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hinterscope::MainWindow</name>
    <message>
        <source>Hinterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a request and watch WinHTTP handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hinternet %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
