<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hinterscope::MainWindow</name>
    <message>
        <source>Hinterscope</source>
        <translation>Hinterscope</translation>
    </message>
    <message>
        <source>Compose a request and watch WinHTTP handle it.</source>
        <translation>Erstellen Sie eine Anfrage und sehen Sie zu, wie WinHTTP sie verarbeitet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>hinternet %1 · %2</source>
        <translation>hinternet %1 · %2</translation>
    </message>
</context>
</TS>
