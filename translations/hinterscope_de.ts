<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DocumentPrompts</name>
    <message>
        <source>The file of %1 was deleted on disk. Save it again before closing?</source>
        <translation>Die Datei von %1 wurde auf der Festplatte gelöscht. Vor dem Schließen erneut speichern?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes in it.</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben darin ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Keeping yours leaves the request unsaved; saving it then overwrites the file.</source>
        <translation>Behalten Sie Ihre Fassung, bleibt die Anfrage ungespeichert; speichern Sie sie dann, wird die Datei überschrieben.</translation>
    </message>
    <message>
        <source>Reload (lose my edits)</source>
        <translation>Neu laden (meine Änderungen verwerfen)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Save Request As</source>
        <translation>Anfrage speichern unter</translation>
    </message>
    <message>
        <source>Requests (*.request.json)</source>
        <translation>Anfragen (*.request.json)</translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: the folder exists and is not empty; choose a new or empty folder</source>
        <translation>%1: der Ordner existiert und ist nicht leer; wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder</source>
        <translation>%1: der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the imported collection into place</source>
        <translation>%1: die importierte Sammlung kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>the type of part &quot;%1&quot; cannot be given with --form-string</source>
        <translation>der Typ des Teils „%1“ kann mit --form-string nicht angegeben werden</translation>
    </message>
    <message>
        <source>disabled rows are not sent and were left out</source>
        <translation>deaktivierte Zeilen werden nicht gesendet und wurden weggelassen</translation>
    </message>
    <message>
        <source>curl -L also follows a redirect from HTTPS to HTTP, which WinHTTP&apos;s default policy refuses</source>
        <translation>curl -L folgt auch einem Redirect von HTTPS zu HTTP, den die Standardrichtlinie von WinHTTP ablehnt</translation>
    </message>
    <message>
        <source>-k ignores every certificate error, not only the chosen ones</source>
        <translation>-k ignoriert jeden Zertifikatsfehler, nicht nur die ausgewählten</translation>
    </message>
    <message>
        <source>this set of TLS versions has no curl flag</source>
        <translation>für diese Auswahl an TLS-Versionen gibt es kein curl-Flag</translation>
    </message>
    <message>
        <source>curl reads the proxy from the environment by itself</source>
        <translation>curl liest den Proxy selbst aus der Umgebung</translation>
    </message>
    <message>
        <source>curl has no resolve, send or receive timeouts (only --max-time for everything)</source>
        <translation>curl hat keine Timeouts für Namensauflösung, Senden oder Empfangen (nur --max-time für alles)</translation>
    </message>
    <message>
        <source>curl has no asynchronous WinHTTP mode</source>
        <translation>curl hat keinen asynchronen WinHTTP-Modus</translation>
    </message>
    <message>
        <source>WINHTTP_DISABLE_* features have no curl flag</source>
        <translation>für WINHTTP_DISABLE_*-Funktionen gibt es kein curl-Flag</translation>
    </message>
    <message>
        <source>form part &quot;%1&quot; has no name=value; not imported</source>
        <translation>Formularteil „%1“ hat kein name=value; nicht importiert</translation>
    </message>
    <message>
        <source>form part parameter &quot;%1&quot; not imported</source>
        <translation>Parameter „%1“ des Formularteils nicht importiert</translation>
    </message>
    <message>
        <source>&quot;%1=&lt;%2&quot; sends the file&apos;s content as a text field; imported as a file part</source>
        <translation>&quot;%1=&lt;%2&quot; sendet den Inhalt der Datei als Textfeld; als Dateiteil importiert</translation>
    </message>
    <message>
        <source>headers read from the file %1 are not imported</source>
        <translation>aus der Datei %1 gelesene Header werden nicht importiert</translation>
    </message>
    <message>
        <source>%1 needs &quot;Name: value&quot;, not &quot;%2&quot;</source>
        <translation>%1 braucht &quot;Name: Wert&quot;, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes a header curl would add; WinHTTP adds its own</source>
        <translation>&quot;%1&quot; entfernt einen Header, den curl hinzufügen würde; WinHTTP fügt seine eigenen hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes the content of a file, which is not imported</source>
        <translation>&quot;%1&quot; kodiert den Inhalt einer Datei, die nicht importiert wird</translation>
    </message>
    <message>
        <source>WinHTTP decides itself when credentials follow a redirect</source>
        <translation>WinHTTP entscheidet selbst, wann Anmeldedaten einem Redirect folgen</translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;</source>
        <translation>%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;;auto&quot; (Referer on redirects) has no WinHTTP equivalent</source>
        <translation>&quot;;auto&quot; (Referer bei Redirects) hat keine Entsprechung in WinHTTP</translation>
    </message>
    <message>
        <source>cookies read from the file %1 are not imported</source>
        <translation>aus der Datei %1 gelesene Cookies werden nicht importiert</translation>
    </message>
    <message>
        <source>only the first URL is imported; %1 is not</source>
        <translation>nur die erste URL wird importiert; %1 nicht</translation>
    </message>
    <message>
        <source>%1 takes seconds, not &quot;%2&quot;</source>
        <translation>%1 erwartet Sekunden, nicht „%2“</translation>
    </message>
    <message>
        <source>WinHTTP has no limit for the whole transfer; each of its timeouts (resolve, connect, send, receive) is set to %1 ms instead</source>
        <translation>WinHTTP hat kein Limit für die gesamte Übertragung; stattdessen wird jedes seiner Timeouts (Namensauflösung, Verbindung, Senden, Empfangen) auf %1 ms gesetzt</translation>
    </message>
    <message>
        <source>only changes curl&apos;s output; ignored</source>
        <translation>ändert nur die Ausgabe von curl; ignoriert</translation>
    </message>
    <message>
        <source>Hinterscope&apos;s WinHTTP speaks HTTP/1.1; ignored</source>
        <translation>Das WinHTTP von Hinterscope spricht HTTP/1.1; ignoriert</translation>
    </message>
    <message>
        <source>curl option not mapped; ignored</source>
        <translation>curl-Option ohne Entsprechung; ignoriert</translation>
    </message>
    <message>
        <source>curl option not mapped; ignored (value &quot;%1&quot;)</source>
        <translation>curl-Option ohne Entsprechung; ignoriert (Wert „%1“)</translation>
    </message>
    <message>
        <source>-G cannot put a file into the URL; the file is not imported</source>
        <translation>-G kann keine Datei in die URL setzen; die Datei wird nicht importiert</translation>
    </message>
    <message>
        <source>curl drops CR and LF from %1 before sending; Hinterscope sends the file as it is (use --data-binary for the same bytes)</source>
        <translation>curl entfernt vor dem Senden CR und LF aus %1; Hinterscope sendet die Datei unverändert (für dieselben Bytes --data-binary verwenden)</translation>
    </message>
    <message>
        <source>only the file %1 is imported as the body; the other data pieces are not</source>
        <translation>nur die Datei %1 wird als Body importiert; die übrigen Datenteile nicht</translation>
    </message>
    <message>
        <source>Content-Type %1 replaced by multipart/form-data</source>
        <translation>Content-Type %1 durch multipart/form-data ersetzt</translation>
    </message>
    <message>
        <source>no password given (curl would ask for one); the password is empty</source>
        <translation>kein Passwort angegeben (curl würde danach fragen); das Passwort ist leer</translation>
    </message>
    <message>
        <source>--digest without -u has no credentials; ignored</source>
        <translation>--digest ohne -u hat keine Anmeldedaten; ignoriert</translation>
    </message>
    <message>
        <source>without -L no redirect is followed; ignored</source>
        <translation>ohne -L wird keinem Redirect gefolgt; ignoriert</translation>
    </message>
    <message>
        <source>the text holds no command</source>
        <translation>der Text enthält keinen Befehl</translation>
    </message>
    <message>
        <source>expected a command starting with curl, not &quot;%1&quot;</source>
        <translation>Befehl erwartet, der mit curl beginnt, nicht „%1“</translation>
    </message>
    <message>
        <source>a line break without a backslash was read as part of the command</source>
        <translation>ein Zeilenumbruch ohne Backslash wurde als Teil des Befehls gelesen</translation>
    </message>
    <message>
        <source>shell expansion kept as written (not run)</source>
        <translation>Shell-Expansion wie geschrieben beibehalten (nicht ausgeführt)</translation>
    </message>
    <message>
        <source>shell redirection ignored</source>
        <translation>Shell-Umleitung ignoriert</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>text after the command ignored: %1</source>
        <translation>Text nach dem Befehl ignoriert: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>only the first URL is imported; this one is not</source>
        <translation>nur die erste URL wird importiert; diese nicht</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>der curl-Befehl hat keine URL</translation>
    </message>
    <message>
        <source>the first %1 of %2 bytes</source>
        <translation>die ersten %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>the body was the file %1</source>
        <translation>der Body war die Datei %1</translation>
    </message>
    <message>
        <source>no response was received; the exchange has no entry</source>
        <translation>es wurde keine Antwort empfangen; für diesen Austausch gibt es keinen Eintrag</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log&quot; is required</source>
        <translation>keine HAR-Datei: &quot;log&quot; ist erforderlich</translation>
    </message>
    <message>
        <source>HAR version %1 read as 1.2</source>
        <translation>HAR-Version %1 als 1.2 gelesen</translation>
    </message>
    <message>
        <source>&quot;entries&quot; is required</source>
        <translation>&quot;entries&quot; ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;request&quot; is required</source>
        <translation>&quot;request&quot; ist erforderlich</translation>
    </message>
    <message>
        <source>the request has no &quot;url&quot;</source>
        <translation>die Anfrage hat keine &quot;url&quot;</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>HAR import</source>
        <translation>HAR-Import</translation>
    </message>
    <message>
        <source>redirect hop of %1 (%2 %3); folded into its request</source>
        <translation>Redirect-Hop von %1 (%2 %3); in seine Anfrage eingefügt</translation>
    </message>
    <message>
        <source>left out, WinHTTP sets them itself: %1</source>
        <translation>weggelassen, WinHTTP setzt sie selbst: %1</translation>
    </message>
    <message>
        <source>the HAR holds no file content; part &quot;%1&quot; points at the file name %2, choose the file before sending</source>
        <translation>die HAR enthält keinen Dateiinhalt; Teil „%1“ verweist auf den Dateinamen %2, wählen Sie die Datei vor dem Senden</translation>
    </message>
    <message>
        <source>the multipart body is kept as raw text with its boundary</source>
        <translation>der Multipart-Body wird als Rohtext mit seiner Boundary beibehalten</translation>
    </message>
    <message>
        <source>Redirects recorded in the HAR:</source>
        <translation>In der HAR aufgezeichnete Redirects:</translation>
    </message>
    <message>
        <source>the HAR has no entries</source>
        <translation>die HAR hat keine Einträge</translation>
    </message>
    <message>
        <source>disabled query rows cannot be written next to a URL fragment; left out</source>
        <translation>deaktivierte Query-Zeilen können nicht neben ein URL-Fragment geschrieben werden; weggelassen</translation>
    </message>
    <message>
        <source>no .http equivalent; left out</source>
        <translation>keine Entsprechung in .http; weggelassen</translation>
    </message>
    <message>
        <source>fields this version does not know are left out: %1</source>
        <translation>Felder, die diese Version nicht kennt, werden weggelassen: %1</translation>
    </message>
    <message>
        <source>the body&apos;s final line break is not kept</source>
        <translation>der letzte Zeilenumbruch des Bodys bleibt nicht erhalten</translation>
    </message>
    <message>
        <source>disabled form row &quot;%1&quot; left out</source>
        <translation>deaktivierte Formularzeile „%1“ weggelassen</translation>
    </message>
    <message>
        <source>disabled part &quot;%1&quot; left out</source>
        <translation>deaktivierter Teil „%1“ weggelassen</translation>
    </message>
    <message>
        <source>Digest credentials with spaces cannot be written in a .http file</source>
        <translation>Digest-Anmeldedaten mit Leerzeichen können nicht in eine .http-Datei geschrieben werden</translation>
    </message>
    <message>
        <source>.http files have no folders; the requests of %1 are written one after another</source>
        <translation>.http-Dateien haben keine Ordner; die Anfragen von %1 werden nacheinander geschrieben</translation>
    </message>
    <message>
        <source>@%1 takes a duration such as 30, 500 ms or 2 m, not &quot;%2&quot;</source>
        <translation>@%1 erwartet eine Dauer wie 30, 500 ms oder 2 m, nicht „%2“</translation>
    </message>
    <message>
        <source>directive @%1 not mapped; ignored</source>
        <translation>Direktive @%1 ohne Entsprechung; ignoriert</translation>
    </message>
    <message>
        <source>part header %1 not imported</source>
        <translation>Header %1 des Teils nicht importiert</translation>
    </message>
    <message>
        <source>inline file content of part &quot;%1&quot; became a text part</source>
        <translation>eingebetteter Dateiinhalt des Teils „%1“ wurde ein Textteil</translation>
    </message>
    <message>
        <source>response handler script not imported (Hinterscope runs no scripts)</source>
        <translation>Response-Handler-Skript nicht importiert (Hinterscope führt keine Skripte aus)</translation>
    </message>
    <message>
        <source>response output redirection not imported</source>
        <translation>Umleitung der Antwortausgabe nicht importiert</translation>
    </message>
    <message>
        <source>response handler script %1 not imported</source>
        <translation>Response-Handler-Skript %1 nicht importiert</translation>
    </message>
    <message>
        <source>{{variables}} inside the file %1 are not substituted</source>
        <translation>{{variables}} in der Datei %1 werden nicht ersetzt</translation>
    </message>
    <message>
        <source>%1 requested; Hinterscope&apos;s WinHTTP speaks HTTP/1.1</source>
        <translation>%1 angefordert; das WinHTTP von Hinterscope spricht HTTP/1.1</translation>
    </message>
    <message>
        <source>the request line has a method but no URL</source>
        <translation>die Anfragezeile hat eine Methode, aber keine URL</translation>
    </message>
    <message>
        <source>expected a request line &quot;METHOD URL [HTTP/1.1]&quot;</source>
        <translation>Anfragezeile &quot;METHOD URL [HTTP/1.1]&quot; erwartet</translation>
    </message>
    <message>
        <source>expected a request line &quot;METHOD URL [HTTP/1.1]&quot;, not a header</source>
        <translation>Anfragezeile &quot;METHOD URL [HTTP/1.1]&quot; erwartet, kein Header</translation>
    </message>
    <message>
        <source>comment among the headers not kept</source>
        <translation>Kommentar zwischen den Headern nicht beibehalten</translation>
    </message>
    <message>
        <source>expected a header &quot;Name: value&quot; (or a blank line before the body)</source>
        <translation>Header &quot;Name: Wert&quot; erwartet (oder eine Leerzeile vor dem Body)</translation>
    </message>
    <message>
        <source>Imported requests</source>
        <translation>Importierte Anfragen</translation>
    </message>
    <message>
        <source>no request found (expected a line such as &quot;GET https://example.com&quot;)</source>
        <translation>keine Anfrage gefunden (erwartet wird eine Zeile wie &quot;GET https://example.com&quot;)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Postman Collection v2.1</source>
        <translation>Postman-Sammlung v2.1</translation>
    </message>
    <message>
        <source>HAR 1.2</source>
        <translation>HAR 1.2</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>.http file</source>
        <translation>.http-Datei</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>not a Postman collection, HAR file, curl command or .http file</source>
        <translation>weder Postman-Sammlung noch HAR-Datei, curl-Befehl oder .http-Datei</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>String erwartet</translation>
    </message>
    <message>
        <source>Postman has no file name for part &quot;%1&quot;; it sends the file&apos;s own name</source>
        <translation>Postman kennt keinen Dateinamen für den Teil „%1“; es sendet den eigenen Namen der Datei</translation>
    </message>
    <message>
        <source>Postman cannot say &quot;always, HTTPS to HTTP too&quot;; written as followRedirects</source>
        <translation>Postman kann „immer, auch HTTPS zu HTTP“ nicht ausdrücken; als followRedirects geschrieben</translation>
    </message>
    <message>
        <source>strictSSL false ignores every certificate error, not only the chosen ones</source>
        <translation>strictSSL false ignoriert jeden Zertifikatsfehler, nicht nur die ausgewählten</translation>
    </message>
    <message>
        <source>no Postman equivalent; left out</source>
        <translation>keine Entsprechung in Postman; weggelassen</translation>
    </message>
    <message>
        <source>the proxy&apos;s scheme is left out</source>
        <translation>das Schema des Proxys wird weggelassen</translation>
    </message>
    <message>
        <source>Postman&apos;s own proxy settings decide; left out</source>
        <translation>die eigenen Proxy-Einstellungen von Postman entscheiden; weggelassen</translation>
    </message>
    <message>
        <source>this is a Postman v1 collection; export it from Postman as Collection v2.1</source>
        <translation>dies ist eine Postman-v1-Sammlung; exportieren Sie sie aus Postman als Collection v2.1</translation>
    </message>
    <message>
        <source>not a Postman collection: &quot;info&quot; and &quot;item&quot; are required</source>
        <translation>keine Postman-Sammlung: &quot;info&quot; und &quot;item&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>unknown schema %1; read as v2.1</source>
        <translation>unbekanntes Schema %1; als v2.1 gelesen</translation>
    </message>
    <message>
        <source>the collection&apos;s description is not kept</source>
        <translation>die Beschreibung der Sammlung bleibt nicht erhalten</translation>
    </message>
    <message>
        <source>the collection&apos;s auth is copied into each request that inherits it</source>
        <translation>die Auth der Sammlung wird in jede Anfrage kopiert, die sie erbt</translation>
    </message>
    <message>
        <source>disabled variable &quot;%1&quot; not imported</source>
        <translation>deaktivierte Variable „%1“ nicht importiert</translation>
    </message>
    <message>
        <source>variable without a name not imported</source>
        <translation>Variable ohne Namen nicht importiert</translation>
    </message>
    <message>
        <source>secret variable &quot;%1&quot; is stored in plain text in collection.json; move it to an environment&apos;s secrets</source>
        <translation>geheime Variable „%1“ steht im Klartext in collection.json; verschieben Sie sie in die Secrets einer Umgebung</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>a folder&apos;s description is not kept</source>
        <translation>die Beschreibung eines Ordners bleibt nicht erhalten</translation>
    </message>
    <message>
        <source>folder variables are not supported; %1 not imported</source>
        <translation>Ordnervariablen werden nicht unterstützt; %1 nicht importiert</translation>
    </message>
    <message>
        <source>an item with neither &quot;request&quot; nor &quot;item&quot; was skipped</source>
        <translation>ein Element ohne &quot;request&quot; und ohne &quot;item&quot; wurde übersprungen</translation>
    </message>
    <message>
        <source>a disabled proxy was not imported</source>
        <translation>ein deaktivierter Proxy wurde nicht importiert</translation>
    </message>
    <message>
        <source>the proxy&apos;s URL match pattern is not kept; the proxy is used for this request</source>
        <translation>das URL-Muster des Proxys bleibt nicht erhalten; der Proxy wird für diese Anfrage verwendet</translation>
    </message>
    <message>
        <source>client certificates are not imported</source>
        <translation>Client-Zertifikate werden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s) not imported</source>
        <translation>
            <numerusform>%n gespeicherte Beispielantwort nicht importiert</numerusform>
            <numerusform>%n gespeicherte Beispielantworten nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>request-level variables are not imported</source>
        <translation>Variablen auf Anfrageebene werden nicht importiert</translation>
    </message>
    <message>
        <source>path variable :%1 (= &quot;%2&quot;) is not substituted; the URL keeps &quot;:%1&quot;</source>
        <translation>Pfadvariable :%1 (= „%2“) wird nicht ersetzt; die URL behält &quot;:%1&quot;</translation>
    </message>
    <message>
        <source>a row&apos;s description is not kept</source>
        <translation>die Beschreibung einer Zeile bleibt nicht erhalten</translation>
    </message>
    <message>
        <source>the body is disabled in Postman and was not imported</source>
        <translation>der Body ist in Postman deaktiviert und wurde nicht importiert</translation>
    </message>
    <message>
        <source>Content-Type %1 replaced by application/x-www-form-urlencoded</source>
        <translation>Content-Type %1 durch application/x-www-form-urlencoded ersetzt</translation>
    </message>
    <message>
        <source>only the first of %1 files is imported</source>
        <translation>nur die erste von %1 Dateien wird importiert</translation>
    </message>
    <message>
        <source>an inline file body became a raw text body</source>
        <translation>ein eingebetteter Datei-Body wurde ein Rohtext-Body</translation>
    </message>
    <message>
        <source>the GraphQL variables are not a JSON object and were kept as a string</source>
        <translation>die GraphQL-Variablen sind kein JSON-Objekt und wurden als String beibehalten</translation>
    </message>
    <message>
        <source>the GraphQL query became a JSON body {&quot;query&quot;, &quot;variables&quot;} sent as application/json</source>
        <translation>die GraphQL-Abfrage wurde ein JSON-Body {&quot;query&quot;, &quot;variables&quot;}, gesendet als application/json</translation>
    </message>
    <message>
        <source>body mode &quot;%1&quot; is not supported; no body</source>
        <translation>Body-Modus &quot;%1&quot; wird nicht unterstützt; kein Body</translation>
    </message>
    <message>
        <source>auth type &quot;%1&quot; is not supported (basic, digest and bearer are); the request has no auth</source>
        <translation>Auth-Typ &quot;%1&quot; wird nicht unterstützt (basic, digest und bearer schon); die Anfrage hat keine Auth</translation>
    </message>
    <message>
        <source>&quot;maxRedirects&quot; must be a non-negative number</source>
        <translation>&quot;maxRedirects&quot; muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>WinHTTP keeps the method only on 307/308 redirects and turns POST into GET on 301/302/303; there is no option to keep it</source>
        <translation>WinHTTP behält die Methode nur bei 307/308-Redirects und macht bei 301/302/303 aus POST ein GET; es gibt keine Option, sie zu behalten</translation>
    </message>
    <message>
        <source>Postman setting &quot;%1&quot; has no WinHTTP equivalent</source>
        <translation>Postman-Einstellung &quot;%1&quot; hat keine Entsprechung in WinHTTP</translation>
    </message>
    <message>
        <source>%1 script not imported (Hinterscope runs no scripts)</source>
        <translation>%1-Skript nicht importiert (Hinterscope führt keine Skripte aus)</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>nicht abgeschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>nicht abgeschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated $&apos;…&apos; string</source>
        <translation>nicht abgeschlossener $&apos;…&apos;-String</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The SVG could not be read.</source>
        <translation>Das SVG konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No image format recognises these bytes.</source>
        <translation>Kein Bildformat erkennt diese Bytes.</translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: %2</source>
        <translation>Das %1-Bild konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown value %2</source>
        <translation>&quot;%1&quot; hat einen unbekannten Wert: %2</translation>
    </message>
    <message>
        <source>&quot;options.%1&quot; must be a non-negative number</source>
        <translation>&quot;options.%1&quot; muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not a string</source>
        <translation>&quot;url&quot; fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>Die Body-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>it is not a readable file</source>
        <translation>sie ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>Choose a file for the binary body.</source>
        <translation>Wählen Sie eine Datei für den binären Body.</translation>
    </message>
    <message>
        <source>The body file %1 could not be read or changed size while sending</source>
        <translation>Die Body-Datei %1 konnte nicht gelesen werden oder hat beim Senden ihre Größe geändert</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RequestDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>hinterscope</name>
    <message>
        <source>%1: &quot;variables&quot; must be an object of names and values</source>
        <translation>%1: &quot;variables&quot; muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <source>%1: &quot;variables.%2&quot; must be a string</source>
        <translation>%1: &quot;variables.%2&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>%1: &quot;defaults&quot; must be an object</source>
        <translation>%1: &quot;defaults&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a string</source>
        <translation>%1: &quot;id&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: the collection is read-only (save a copy first)</source>
        <translation>%1: die Sammlung ist schreibgeschützt (speichern Sie zuerst eine Kopie)</translation>
    </message>
    <message>
        <source>%1: a collection needs a name</source>
        <translation>%1: eine Sammlung braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: already a collection</source>
        <translation>%1: ist bereits eine Sammlung</translation>
    </message>
    <message>
        <source>%1: the folder could not be created</source>
        <translation>%1: der Ordner konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>could not create the folder</source>
        <translation>der Ordner konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>could not create the link</source>
        <translation>der Link konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>could not rename to %1</source>
        <translation>konnte nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>could not remove the file under its old name</source>
        <translation>die Datei unter ihrem alten Namen konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>a folder cannot go into itself</source>
        <translation>ein Ordner kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>could not move: the source could not be removed</source>
        <translation>konnte nicht verschoben werden: die Quelle konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>more than %1 MiB: too large to keep for undo</source>
        <translation>mehr als %1 MiB: zu groß, um es für Rückgängig aufzubewahren</translation>
    </message>
    <message>
        <source>could not delete (nothing was lost)</source>
        <translation>konnte nicht gelöscht werden (nichts ging verloren)</translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>&quot;variables[%1]&quot; %2</source>
        <translation>&quot;variables[%1]&quot; %2</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;value&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot; und &quot;value&quot; sein</translation>
    </message>
    <message>
        <source>has no &quot;name&quot;</source>
        <translation>hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;variables[%1]&quot; (%2) is secret: its value in the file is ignored; it belongs in the keyring</source>
        <translation>&quot;variables[%1]&quot; (%2) ist geheim: ihr Wert in der Datei wird ignoriert; er gehört in den Schlüsselbund</translation>
    </message>
    <message>
        <source>(%1) must have a string &quot;value&quot;</source>
        <translation>(%1) muss einen String als &quot;value&quot; haben</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot start or end with spaces</source>
        <translation>der Name einer Umgebung darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>an environment&apos;s name has at most %1 characters</source>
        <translation>der Name einer Umgebung hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot start with a dot</source>
        <translation>der Name einer Umgebung darf nicht mit einem Punkt beginnen</translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot contain &quot;%1&quot;</source>
        <translation>der Name einer Umgebung darf „%1“ nicht enthalten</translation>
    </message>
    <message>
        <source>control</source>
        <translation>Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be an array of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation>&quot;variables&quot; muss ein Array aus {&quot;name&quot;, &quot;value&quot;}-Objekten sein</translation>
    </message>
    <message>
        <source>%1: an environment called &quot;%2&quot; exists already</source>
        <translation>%1: eine Umgebung namens „%2“ existiert bereits</translation>
    </message>
    <message>
        <source>%1:1:1: expected a JSON object</source>
        <translation>%1:1:1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: locked by another Hinterscope (process %2)</source>
        <translation>%1: von einem anderen Hinterscope gesperrt (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>hinterscope::AuthEditor</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>How the request authenticates; Basic and Digest answer the server&apos;s challenge</source>
        <translation>Wie sich die Anfrage authentifiziert; Basic und Digest beantworten die Challenge des Servers</translation>
    </message>
    <message>
        <source>WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_BASIC</source>
        <translation>WinHttpSetCredentials mit WINHTTP_AUTH_SCHEME_BASIC</translation>
    </message>
    <message>
        <source>WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_DIGEST after the server&apos;s challenge</source>
        <translation>WinHttpSetCredentials mit WINHTTP_AUTH_SCHEME_DIGEST nach der Challenge des Servers</translation>
    </message>
    <message>
        <source>An Authorization: Bearer header added with WinHttpAddRequestHeaders</source>
        <translation>Ein Header „Authorization: Bearer“, hinzugefügt mit WinHttpAddRequestHeaders</translation>
    </message>
    <message>
        <source>No credentials are sent; a 401 or 407 is shown as it comes.</source>
        <translation>Es werden keine Anmeldedaten gesendet; ein 401 oder 407 wird so angezeigt, wie er ankommt.</translation>
    </message>
    <message>
        <source>Sent as “Authorization: Bearer &lt;token&gt;”</source>
        <translation>Gesendet als „Authorization: Bearer &lt;Token&gt;“</translation>
    </message>
    <message>
        <source>Show the password or token</source>
        <translation>Passwort bzw. Token anzeigen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
</context>
<context>
    <name>hinterscope::BodyEditor</name>
    <message>
        <source>None</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form URL-encoded</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Multipart-Formular</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>What WinHttpSendRequest sends after the headers</source>
        <translation>Was WinHttpSendRequest nach den Headern sendet</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>The Content-Type header sent with the body (unless the Headers tab sets one)</source>
        <translation>Der mit dem Body gesendete Content-Type-Header (sofern der Reiter „Header“ keinen setzt)</translation>
    </message>
    <message>
        <source>Content-Type (empty: none sent)</source>
        <translation>Content-Type (leer: keiner wird gesendet)</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Re-indent the JSON (undo with Ctrl+Z)</source>
        <translation>Das JSON neu einrücken (rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Sent as application/x-www-form-urlencoded; names and values are percent-encoded</source>
        <translation>Gesendet als application/x-www-form-urlencoded; Namen und Werte werden prozentkodiert</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add one file part per chosen file</source>
        <translation>Einen Datei-Teil pro gewählter Datei hinzufügen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Make the selected part a file part and pick its file</source>
        <translation>Den gewählten Teil zu einem Datei-Teil machen und seine Datei auswählen</translation>
    </message>
    <message>
        <source>File to send as the body</source>
        <translation>Datei, die als Body gesendet wird</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file to send as the body.</source>
        <translation>Wählen Sie die Datei, die als Body gesendet wird.</translation>
    </message>
    <message>
        <source>The body file “%1” does not exist.</source>
        <translation>Die Body-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
    <message>
        <source>No file at this path</source>
        <translation>Unter diesem Pfad gibt es keine Datei</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>File to send</source>
        <translation>Zu sendende Datei</translation>
    </message>
    <message>
        <source>Files to send as parts</source>
        <translation>Als Teile zu sendende Dateien</translation>
    </message>
    <message>
        <source>File for this part</source>
        <translation>Datei für diesen Teil</translation>
    </message>
</context>
<context>
    <name>hinterscope::BodyViewer</name>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>JSON or XML, indented</source>
        <translation>JSON oder XML, eingerückt</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The body as received, highlighted by its type</source>
        <translation>Der Body wie empfangen, nach seinem Typ hervorgehoben</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Offsets, bytes and their ASCII</source>
        <translation>Offsets, Bytes und ihre ASCII-Zeichen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>A preview of the image</source>
        <translation>Eine Vorschau des Bildes</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>The body as HTML source</source>
        <translation>Der Body als HTML-Quelltext</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the body&apos;s exact bytes to a file</source>
        <translation>Die exakten Bytes des Bodys in eine Datei speichern</translation>
    </message>
    <message>
        <source>Only the first %1 were copied; use &quot;Save as…&quot; for all of it.</source>
        <translation>Nur die ersten %1 wurden kopiert; für alles „Speichern unter…“ verwenden.</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Body speichern</translation>
    </message>
    <message>
        <source>The body could not be saved to %1:
%2</source>
        <translation>Der Body konnte nicht in %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Waiting for the body…</source>
        <translation>Warte auf den Body…</translation>
    </message>
    <message>
        <source>The body is empty</source>
        <translation>Der Body ist leer</translation>
    </message>
    <message>
        <source>The body is larger than %1, so it is not pretty-printed; Raw is shown.</source>
        <translation>Der Body ist größer als %1 und wird daher nicht formatiert; „Roh“ wird angezeigt.</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>wird empfangen…</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>formatting… %1 so far</source>
        <translation>formatiere… bisher %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>%1 chunks lost (gaps in the stream)</source>
        <translation>%1 Chunks verloren (Lücken im Stream)</translation>
    </message>
    <message>
        <source>Save body as</source>
        <translation>Body speichern unter</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichere in %1…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Waiting for the formatted body…</source>
        <translation>Warte auf den formatierten Body…</translation>
    </message>
    <message>
        <source>Find works in the text and hex views</source>
        <translation>Die Suche funktioniert in der Text- und der Hex-Ansicht</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 von %2%3</translation>
    </message>
    <message>
        <source> (searching…)</source>
        <translation> (suche…)</translation>
    </message>
    <message>
        <source>%1 found, searching…</source>
        <translation>%1 gefunden, suche…</translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionEditor</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>%n Element kopieren</numerusform>
            <numerusform>%n Elemente kopieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionItemDelegate</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionPane</name>
    <message>
        <source>New &amp;Request</source>
        <translation>Neue &amp;Anfrage</translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Show in File &amp;Manager</source>
        <translation>Im Datei&amp;manager zeigen</translation>
    </message>
    <message>
        <source>&amp;Close Collection</source>
        <translation>Sammlung s&amp;chließen</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
</context>
<context>
    <name>hinterscope::ComposerWidget</name>
    <message>
        <source>The verb passed to WinHttpOpenRequest; any token is allowed</source>
        <translation>Das an WinHttpOpenRequest übergebene Verb; jedes Token ist erlaubt</translation>
    </message>
    <message>
        <source>https://example.com/path?query  ({{variables}} allowed)</source>
        <translation>https://example.com/path?query  ({{Variablen}} erlaubt)</translation>
    </message>
    <message>
        <source>Cracked with WinHttpCrackUrl; without a scheme, http:// is used</source>
        <translation>Zerlegt mit WinHttpCrackUrl; ohne Schema wird http:// verwendet</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the request in flight: its handles are closed (Esc)</source>
        <translation>Die laufende Anfrage abbrechen: ihre Handles werden geschlossen (Esc)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>The URL&apos;s query, decoded; edits here rewrite the URL and the other way round</source>
        <translation>Die Query der URL, dekodiert; Änderungen hier schreiben die URL um und umgekehrt</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Added with WinHttpAddRequestHeaders; unchecked rows are kept but not sent</source>
        <translation>Hinzugefügt mit WinHttpAddRequestHeaders; Zeilen ohne Haken bleiben erhalten, werden aber nicht gesendet</translation>
    </message>
    <message>
        <source>Header row %1: %2</source>
        <translation>Header-Zeile %1: %2</translation>
    </message>
    <message>
        <source>Header “%1”: %2</source>
        <translation>Header „%1“: %2</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Body •</source>
        <translation>Body •</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Auth •</source>
        <translation>Auth •</translation>
    </message>
    <message>
        <source>Not sent: header row %1 is invalid. %2</source>
        <translation>Nicht gesendet: Header-Zeile %1 ist ungültig. %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not imported as curl: %1</source>
        <translation>Nicht als curl importiert: %1</translation>
    </message>
    <message>
        <source>Imported from curl; not mapped: %1</source>
        <translation>Aus curl importiert; ohne Entsprechung: %1</translation>
    </message>
</context>
<context>
    <name>hinterscope::CopyAsCodeDialog</name>
    <message>
        <source>Copy as Code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>Resolve {{variables}}</source>
        <translation>{{variables}} auflösen</translation>
    </message>
    <message>
        <source>On: the code carries the environment&apos;s values. Off: it keeps the placeholders and asks for the values in one table at its top.</source>
        <translation>An: der Code enthält die Werte der Umgebung. Aus: er behält die Platzhalter und fragt die Werte in einer Tabelle an seinem Anfang ab.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <source>WinHTTP C++ (synchronous)</source>
        <translation>WinHTTP C++ (synchron)</translation>
    </message>
    <message>
        <source>WinHTTP C++ (asynchronous)</source>
        <translation>WinHTTP C++ (asynchron)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) to the clipboard.</source>
        <translation>
            <numerusform>%n Zeile in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Zeilen in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Code</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentEditor</name>
    <message>
        <source>Environments of %1</source>
        <translation>Umgebungen von %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>Show secret &amp;values</source>
        <translation>Geheime &amp;Werte zeigen</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Rename Environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation>Umgebung duplizieren</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Secrets: no store (secret values cannot be saved)</source>
        <translation>Secrets: kein Speicher (geheime Werte können nicht gespeichert werden)</translation>
    </message>
    <message>
        <source>%1 is read-only: save a copy of the collection to give it environments.</source>
        <translation>%1 ist schreibgeschützt: speichern Sie eine Kopie der Sammlung, um ihr Umgebungen zu geben.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read: %2</source>
        <translation>Die Secrets von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is an environment called &quot;%1&quot; already</source>
        <translation>es gibt bereits eine Umgebung namens „%1“</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>the collection is read-only</source>
        <translation>die Sammlung ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no environment is selected</source>
        <translation>keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>%1: two variables are called &quot;%2&quot;</source>
        <translation>%1: zwei Variablen heißen „%2“</translation>
    </message>
    <message>
        <source>The collection has no id to keep its secrets under: %1</source>
        <translation>Die Sammlung hat keine ID, unter der ihre Secrets abgelegt werden können: %1</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>kein Speicher für Secrets</translation>
    </message>
    <message>
        <source>Saving secrets (%1)…</source>
        <translation>Secrets werden gespeichert (%1)…</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>The environment files are saved, but not every secret: %1</source>
        <translation>Die Umgebungsdateien sind gespeichert, aber nicht alle Secrets: %1</translation>
    </message>
    <message>
        <source>Unsaved Environments</source>
        <translation>Ungespeicherte Umgebungen</translation>
    </message>
    <message>
        <source>Save the changes to the environments of %1?</source>
        <translation>Die Änderungen an den Umgebungen von %1 speichern?</translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentSelector</name>
    <message>
        <source>The environment whose variables requests are sent with</source>
        <translation>Die Umgebung, mit deren Variablen Anfragen gesendet werden</translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation>Umgebungen…</translation>
    </message>
    <message>
        <source>Create, rename and edit environments and their secret variables</source>
        <translation>Umgebungen und ihre geheimen Variablen anlegen, umbenennen und bearbeiten</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentVariablesModel</name>
    <message>
        <source>Enabled: a disabled variable is kept but not used</source>
        <translation>Aktiviert: eine deaktivierte Variable bleibt erhalten, wird aber nicht verwendet</translation>
    </message>
    <message>
        <source>(reading from the keyring…)</source>
        <translation>(wird aus dem Schlüsselbund gelesen…)</translation>
    </message>
    <message>
        <source>Secret: kept in the keyring (or the 0600 fallback file), never in the collection</source>
        <translation>Geheim: im Schlüsselbund abgelegt (oder in der Ersatzdatei mit Modus 0600), nie in der Sammlung</translation>
    </message>
    <message>
        <source>Secret: the value is stored in the keyring, never in the environment file</source>
        <translation>Geheim: der Wert liegt im Schlüsselbund, nie in der Umgebungsdatei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
</context>
<context>
    <name>hinterscope::FindBar</name>
    <message>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case (ASCII letters; other characters always match exactly)</source>
        <translation>Groß-/Kleinschreibung beachten (ASCII-Buchstaben; andere Zeichen müssen immer exakt übereinstimmen)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Die Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>hinterscope::HandleTreeModel</name>
    <message numerus="yes">
        <source>Options (%n)</source>
        <translation>
            <numerusform>Optionen (%n)</numerusform>
            <numerusform>Optionen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The options in effect for this handle: what it was opened with, what was set on it and what it inherited when it was created</source>
        <translation>Die für dieses Handle geltenden Optionen: womit es geöffnet wurde, was darauf gesetzt wurde und was es bei seiner Erstellung geerbt hat</translation>
    </message>
    <message>
        <source>opened with</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>inherited from %1 0x%2</source>
        <translation>geerbt von %1 0x%2</translation>
    </message>
    <message>
        <source>(value not traced)</source>
        <translation>(Wert nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>opened as</source>
        <translation>geöffnet als</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created (ms)</source>
        <translation>Erstellt (ms)</translation>
    </message>
    <message>
        <source>Closed (ms)</source>
        <translation>Geschlossen (ms)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>hinterscope::HandlesPane</name>
    <message>
        <source>Prune closed</source>
        <translation>Geschlossene entfernen</translation>
    </message>
    <message>
        <source>Remove the handles that are closed, with everything under them</source>
        <translation>Die geschlossenen Handles samt allem darunter entfernen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Clear the selection: the timeline shows the events of every handle</source>
        <translation>Auswahl aufheben: die Zeitleiste zeigt die Ereignisse aller Handles</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Show each handle&apos;s options in effect as an expandable row</source>
        <translation>Die geltenden Optionen jedes Handles als aufklappbare Zeile anzeigen</translation>
    </message>
    <message>
        <source>Copy handle value</source>
        <translation>Handle-Wert kopieren</translation>
    </message>
</context>
<context>
    <name>hinterscope::HeadersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hinterscope::HeadersTab</name>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Show every head exactly as it was sent and received</source>
        <translation>Jeden Nachrichtenkopf genau so anzeigen, wie er gesendet und empfangen wurde</translation>
    </message>
    <message numerus="yes">
        <source>── sent, hop %1, %n bytes ──</source>
        <translation>
            <numerusform>── gesendet, Hop %1, %n Byte ──</numerusform>
            <numerusform>── gesendet, Hop %1, %n Bytes ──</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>── received, hop %1, %n bytes ──</source>
        <translation>
            <numerusform>── empfangen, Hop %1, %n Byte ──</numerusform>
            <numerusform>── empfangen, Hop %1, %n Bytes ──</numerusform>
        </translation>
    </message>
    <message>
        <source>… (cut: more heads than the raw view shows)</source>
        <translation>… (gekürzt: mehr Nachrichtenköpfe, als die Rohansicht zeigt)</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response headers — %1</source>
        <translation>Antwort-Header — %1</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request headers — %1</source>
        <translation>Anfrage-Header — %1</translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryDatabase</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>The body was not read to its end</source>
        <translation>Der Body wurde nicht bis zum Ende gelesen</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>quick_check gave no answer</source>
        <translation>quick_check lieferte keine Antwort</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and could not be moved aside to %2</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt und konnte nicht nach %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history</source>
        <translation>Der Ordner %1 für den Verlauf kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The history database %1 was damaged (%2). It was moved to %3 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatenbank %1 war beschädigt (%2). Sie wurde nach %3 verschoben, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Hinterscope (schema %2; this one knows %3). It was left as it is.</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einem neueren Hinterscope geschrieben (Schema %2; dieses kennt %3). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot prepare the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot store the exchange in the history: %1</source>
        <translation>Der Eintrag kann nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot prune the history: %1</source>
        <translation>Der Verlauf kann nicht gekürzt werden: %1</translation>
    </message>
    <message>
        <source>Cannot search the history: %1</source>
        <translation>Der Verlauf kann nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>History entry %1 is gone</source>
        <translation>Verlaufseintrag %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>History entry %1 cannot be read: %2</source>
        <translation>Verlaufseintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>Aus dem Verlauf kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation>Der Verlauf kann nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1
Final URL (after %n hop(s)): %2</source>
        <translation>
            <numerusform>%1
Endgültige URL (nach %n Hop): %2</numerusform>
            <numerusform>%1
Endgültige URL (nach %n Hops): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryPane</name>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete every exchange in the history? This cannot be undone.</source>
        <translation>Alle Einträge im Verlauf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Search URL, method, headers</source>
        <translation>URL, Methode, Header durchsuchen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Status class</source>
        <translation>Statusklasse</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx Redirect</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>1xx informational</source>
        <translation>1xx Information</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Open as New Request</source>
        <translation>Als neue Anfrage öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::HistorySettingsDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The first bytes of each response body kept with the exchange; 0 keeps none</source>
        <translation>Die ersten Bytes jedes Antwort-Bodys, die mit dem Eintrag aufbewahrt werden; 0 bewahrt keine auf</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Body kept per exchange:</source>
        <translation>Aufbewahrter Body pro Eintrag:</translation>
    </message>
    <message>
        <source>At most this many exchanges:</source>
        <translation>Höchstens so viele Einträge:</translation>
    </message>
    <message>
        <source>At most this much on disk:</source>
        <translation>Höchstens so viel auf der Festplatte:</translation>
    </message>
</context>
<context>
    <name>hinterscope::HopLedgerModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>URL after (WINHTTP_OPTION_URL)</source>
        <translation>URL danach (WINHTTP_OPTION_URL)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Headers dropped</source>
        <translation>Verworfene Header</translation>
    </message>
    <message>
        <source>Cookies set</source>
        <translation>Gesetzte Cookies</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>hinterscope::HttpTokens</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>Ein Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>Ein Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>Ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>Ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>Ein Tabulator</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>Das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Enter a method, such as GET.</source>
        <translation>Geben Sie eine Methode ein, etwa GET.</translation>
    </message>
    <message>
        <source>A method cannot contain %1.</source>
        <translation>%1 ist in einer Methode nicht erlaubt.</translation>
    </message>
    <message>
        <source>The header has a value but no name.</source>
        <translation>Der Header hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>A header name cannot contain %1.</source>
        <translation>%1 ist in einem Header-Namen nicht erlaubt.</translation>
    </message>
    <message>
        <source>A header value cannot contain %1: it would split the request head.</source>
        <translation>%1 ist in einem Header-Wert nicht erlaubt: das würde den Anfragekopf aufspalten.</translation>
    </message>
    <message>
        <source>A header value cannot contain %1.</source>
        <translation>%1 ist in einem Header-Wert nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>hinterscope::ImagePreview</name>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The image is shown when it has arrived completely.</source>
        <translation>Das Bild wird angezeigt, sobald es vollständig angekommen ist.</translation>
    </message>
    <message>
        <source>The image is too large to preview (%1); save it to open it elsewhere.</source>
        <translation>Das Bild ist für eine Vorschau zu groß (%1); speichern Sie es, um es anderweitig zu öffnen.</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Dekodiere…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message numerus="yes">
        <source> · %n frames (first shown)</source>
        <translation>
            <numerusform> · %n Frame (der erste wird gezeigt)</numerusform>
            <numerusform> · %n Frames (der erste wird gezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::ImportDialog</name>
    <message>
        <source>the file is larger than 512 MiB</source>
        <translation>die Datei ist größer als 512 MiB</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>A Postman collection, HAR file, .http file or a file with a curl command</source>
        <translation>Eine Postman-Sammlung, HAR-Datei, .http-Datei oder eine Datei mit einem curl-Befehl</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>…or paste a curl command, .http requests, or Postman / HAR JSON here</source>
        <translation>…oder hier einen curl-Befehl, .http-Anfragen oder Postman-/HAR-JSON einfügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation>In Ordner speichern:</translation>
    </message>
    <message>
        <source>the import was stopped</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>Choose a file or paste text to import.</source>
        <translation>Wählen Sie eine Datei oder fügen Sie Text zum Importieren ein.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 variable(s); %3 item(s) in the report</source>
        <translation>
            <numerusform>%1: %n Anfrage, %2 Variable(n); %3 Hinweis(e) im Bericht</numerusform>
            <numerusform>%1: %n Anfragen, %2 Variable(n); %3 Hinweis(e) im Bericht</numerusform>
        </translation>
    </message>
    <message>
        <source>Importable files (*.json *.har *.http *.rest *.txt *.sh);;All files (*)</source>
        <translation>Importierbare Dateien (*.json *.har *.http *.rest *.txt *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the collection to</source>
        <translation>Die Sammlung speichern in</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>hinterscope::ImportReportView</name>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation>Nicht übernommen</translation>
    </message>
</context>
<context>
    <name>hinterscope::InterchangeActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Postman v2.1, HAR 1.2, a curl command line or a .http file as a new collection</source>
        <translation>Postman v2.1, HAR 1.2, eine curl-Befehlszeile oder eine .http-Datei als neue Sammlung</translation>
    </message>
    <message>
        <source>Collection as &amp;Postman v2.1…</source>
        <translation>Sammlung als &amp;Postman v2.1…</translation>
    </message>
    <message>
        <source>Collection as .&amp;http File…</source>
        <translation>Sammlung als .&amp;http-Datei…</translation>
    </message>
    <message>
        <source>Response as &amp;HAR 1.2…</source>
        <translation>&amp;Antwort als HAR 1.2…</translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation>Als &amp;Code kopieren…</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als cu&amp;rl kopieren</translation>
    </message>
    <message>
        <source>Select a collection in the Collections pane to export it.</source>
        <translation>Wählen Sie im Bereich „Sammlungen“ eine Sammlung aus, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export as Postman Collection</source>
        <translation>Als Postman-Sammlung exportieren</translation>
    </message>
    <message>
        <source>Export as .http File</source>
        <translation>Als .http-Datei exportieren</translation>
    </message>
    <message>
        <source>Send a request first: HAR export writes the last response with its hops.</source>
        <translation>Senden Sie zuerst eine Anfrage: der HAR-Export schreibt die letzte Antwort mit ihren Hops.</translation>
    </message>
    <message>
        <source>Export Response as HAR</source>
        <translation>Antwort als HAR exportieren</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1; %n item(s) could not be carried over</source>
        <translation>
            <numerusform>%1 exportiert; %n Element konnte nicht übernommen werden</numerusform>
            <numerusform>%1 exportiert; %n Elemente konnten nicht übernommen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1. Not carried over:</source>
        <translation>Nach %1 geschrieben. Nicht übernommen:</translation>
    </message>
    <message>
        <source>Copied the request as a curl command ({{variables}} kept as written).</source>
        <translation>Die Anfrage als curl-Befehl kopiert ({{variables}} bleiben wie geschrieben).</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
</context>
<context>
    <name>hinterscope::JsonCheck</name>
    <message>
        <source>Empty: no JSON to check</source>
        <translation>Leer: kein JSON zu prüfen</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 (offset %4)</source>
        <translation>Zeile %1, Spalte %2: %3 (Offset %4)</translation>
    </message>
</context>
<context>
    <name>hinterscope::KeyValueModel</name>
    <message>
        <source>Sent; uncheck to keep the row without sending it</source>
        <translation>Wird gesendet; Haken entfernen, um die Zeile zu behalten, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Wird nicht gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hinterscope::LaneView</name>
    <message>
        <source>Ctrl+wheel zooms, Shift+wheel scrolls in time; click a mark to show its event</source>
        <translation>Strg+Mausrad zoomt, Umschalt+Mausrad scrollt in der Zeit; ein Klick auf eine Markierung zeigt ihr Ereignis</translation>
    </message>
    <message>
        <source>%1 body events (%2 bytes) between %3 and %4 ms
Data available, reads, writes and bytes on the wire, counted per %5 µs</source>
        <translation>%1 Body-Ereignisse (%2 Bytes) zwischen %3 und %4 ms
Daten verfügbar, Lese- und Schreibvorgänge und Bytes auf der Leitung, gezählt pro %5 µs</translation>
    </message>
    <message>
        <source>No events of the selected handles</source>
        <translation>Keine Ereignisse der ausgewählten Handles</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s)</source>
        <translation>
            <numerusform>%n Handle</numerusform>
            <numerusform>%n Handles</numerusform>
        </translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Handle</translation>
    </message>
</context>
<context>
    <name>hinterscope::MainWindow</name>
    <message>
        <source>Hinterscope</source>
        <translation>Hinterscope</translation>
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
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation>Sammlung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save &amp;Body As…</source>
        <translation>B&amp;ody speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Focus &amp;URL</source>
        <translation>Fokus auf &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Find in Body</source>
        <translation>&amp;Im Body suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hinterscope</source>
        <translation>Ü&amp;ber Hinterscope</translation>
    </message>
    <message>
        <source>About Hinterscope</source>
        <translation>Über Hinterscope</translation>
    </message>
    <message>
        <source>Hinterscope shows what WinHTTP does: handles, callbacks, headers, redirects and bodies, live.

%1</source>
        <translation>Hinterscope zeigt live, was WinHTTP tut: Handles, Callbacks, Header, Redirects und Bodys.

%1</translation>
    </message>
    <message>
        <source>The language changes when Hinterscope starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Hinterscope.</translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Secrets of %1 could not be read: %2</source>
        <translation>Die Secrets von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message>
        <source>New &amp;Collection…</source>
        <translation>Neue Sa&amp;mmlung…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Manage &amp;Environments…</source>
        <translation>Umgebungen &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The secret %1 has no stored value in environment %2</source>
        <translation>Die geheime Variable %1 hat in der Umgebung %2 keinen gespeicherten Wert</translation>
    </message>
    <message>
        <source>The secrets of environment %1 are still being read; send again in a moment</source>
        <translation>Die Secrets der Umgebung %1 werden noch gelesen; senden Sie gleich noch einmal</translation>
    </message>
    <message>
        <source>Open a collection first: environments belong to a collection.</source>
        <translation>Öffnen Sie zuerst eine Sammlung: Umgebungen gehören zu einer Sammlung.</translation>
    </message>
    <message>
        <source>New Collection: choose an empty folder</source>
        <translation>Neue Sammlung: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Reveal Secrets in Trace</source>
        <translation>Geheimnisse im Trace zeigen</translation>
    </message>
    <message>
        <source>Show Authorization, Cookie and Set-Cookie values unmasked in the trace of requests sent from now on</source>
        <translation>Werte von Authorization, Cookie und Set-Cookie im Trace der ab jetzt gesendeten Anfragen unmaskiert zeigen</translation>
    </message>
</context>
<context>
    <name>hinterscope::MultipartModel</name>
    <message>
        <source>The part has a value but no name.</source>
        <translation>Der Teil hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>A part name cannot contain CR, LF or NUL.</source>
        <translation>Ein Teilname darf kein CR, LF oder NUL enthalten.</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>Wählen Sie die zu sendende Datei.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>A file name cannot contain CR, LF or NUL.</source>
        <translation>Ein Dateiname darf kein CR, LF oder NUL enthalten.</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Teil hinzufügen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Guessed from the file name</source>
        <translation>Aus dem Dateinamen abgeleitet</translation>
    </message>
    <message>
        <source>text/plain</source>
        <translation>text/plain</translation>
    </message>
    <message>
        <source>The file&apos;s own name</source>
        <translation>Der eigene Name der Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>Wert oder Datei</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
</context>
<context>
    <name>hinterscope::OptionsPanel</name>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>WINHTTP_FLAG_ASYNC in WinHttpOpen: calls return at once and results arrive as WINHTTP_CALLBACK_STATUS_* callbacks</source>
        <translation>WINHTTP_FLAG_ASYNC in WinHttpOpen: Aufrufe kehren sofort zurück, Ergebnisse kommen als WINHTTP_CALLBACK_STATUS_*-Callbacks</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Never follow</source>
        <translation>Nie folgen</translation>
    </message>
    <message>
        <source>Follow, but not HTTPS → HTTP</source>
        <translation>Folgen, außer HTTPS → HTTP</translation>
    </message>
    <message>
        <source>Always follow</source>
        <translation>Immer folgen</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_REDIRECT_POLICY: which redirects WinHTTP follows by itself</source>
        <translation>WINHTTP_OPTION_REDIRECT_POLICY: welchen Redirects WinHTTP selbst folgt</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS: hops followed before the request fails with ERROR_WINHTTP_REDIRECT_FAILED</source>
        <translation>WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS: wie vielen Hops gefolgt wird, bevor die Anfrage mit ERROR_WINHTTP_REDIRECT_FAILED fehlschlägt</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Redirects:</source>
        <translation>Redirects:</translation>
    </message>
    <message>
        <source>Disable:</source>
        <translation>Deaktivieren:</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirects</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES: no cookie is stored or sent automatically</source>
        <translation>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES: kein Cookie wird automatisch gespeichert oder gesendet</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_REDIRECTS: every 3xx comes back as the response</source>
        <translation>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_REDIRECTS: jede 3xx-Antwort wird als Antwort zurückgegeben</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_AUTHENTICATION: no automatic answer to 401/407 challenges</source>
        <translation>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_AUTHENTICATION: keine automatische Antwort auf 401/407-Challenges</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_KEEP_ALIVE: a new connection per request</source>
        <translation>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_KEEP_ALIVE: eine neue Verbindung pro Anfrage</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_RESOLVE_TIMEOUT (WinHttpSetTimeouts): limit for the DNS lookup</source>
        <translation>WINHTTP_OPTION_RESOLVE_TIMEOUT (WinHttpSetTimeouts): Grenze für die DNS-Auflösung</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_CONNECT_TIMEOUT: limit for the TCP connection (and TLS handshake)</source>
        <translation>WINHTTP_OPTION_CONNECT_TIMEOUT: Grenze für den TCP-Verbindungsaufbau (und den TLS-Handshake)</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SEND_TIMEOUT: limit for each write of the request</source>
        <translation>WINHTTP_OPTION_SEND_TIMEOUT: Grenze für jeden Schreibvorgang der Anfrage</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_RECEIVE_TIMEOUT: limit for each read of the response</source>
        <translation>WINHTTP_OPTION_RECEIVE_TIMEOUT: Grenze für jeden Lesevorgang der Antwort</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Timeouts:</translation>
    </message>
    <message>
        <source>Ignore certificate:</source>
        <translation>Zertifikatsfehler ignorieren:</translation>
    </message>
    <message>
        <source>Unknown CA</source>
        <translation>Unbekannte CA</translation>
    </message>
    <message>
        <source>Name mismatch</source>
        <translation>Falscher Hostname</translation>
    </message>
    <message>
        <source>Expired or not yet valid</source>
        <translation>Abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>Wrong usage</source>
        <translation>Falscher Verwendungszweck</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA: accept a certificate no trusted CA issued</source>
        <translation>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA: ein Zertifikat akzeptieren, das keine vertrauenswürdige CA ausgestellt hat</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_CN_INVALID: accept a certificate for another host name</source>
        <translation>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_CN_INVALID: ein Zertifikat für einen anderen Hostnamen akzeptieren</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_DATE_INVALID: accept an expired or not yet valid certificate</source>
        <translation>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_DATE_INVALID: ein abgelaufenes oder noch nicht gültiges Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE: accept a certificate not issued for server authentication</source>
        <translation>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE: ein Zertifikat akzeptieren, das nicht für die Server-Authentifizierung ausgestellt wurde</translation>
    </message>
    <message>
        <source>Decompress:</source>
        <translation>Dekomprimieren:</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>deflate</source>
        <translation>deflate</translation>
    </message>
    <message>
        <source>Brotli</source>
        <translation>Brotli</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_GZIP: ask for and decode gzip bodies</source>
        <translation>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_GZIP: gzip-Bodys anfordern und dekodieren</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_DEFLATE: ask for and decode deflate bodies</source>
        <translation>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_DEFLATE: deflate-Bodys anfordern und dekodieren</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, HINTERNET_DECOMPRESSION_FLAG_BROTLI (hinternet&apos;s extension): ask for and decode br bodies</source>
        <translation>WINHTTP_OPTION_DECOMPRESSION, HINTERNET_DECOMPRESSION_FLAG_BROTLI (Erweiterung von hinternet): br-Bodys anfordern und dekodieren</translation>
    </message>
    <message>
        <source>TLS versions:</source>
        <translation>TLS-Versionen:</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2; none checked: the default set</source>
        <translation>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2; keine angehakt: die Standardauswahl</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3; none checked: the default set</source>
        <translation>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3; keine angehakt: die Standardauswahl</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
    <message>
        <source>Named proxy</source>
        <translation>Angegebener Proxy</translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_NO_PROXY</source>
        <translation>WINHTTP_ACCESS_TYPE_NO_PROXY</translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_DEFAULT_PROXY: http_proxy, https_proxy and no_proxy</source>
        <translation>WINHTTP_ACCESS_TYPE_DEFAULT_PROXY: http_proxy, https_proxy und no_proxy</translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_NAMED_PROXY with the proxy and bypass list below</source>
        <translation>WINHTTP_ACCESS_TYPE_NAMED_PROXY mit dem Proxy und der Ausnahmeliste daneben</translation>
    </message>
    <message>
        <source>WinHttpOpen&apos;s access type (WINHTTP_OPTION_PROXY): how requests reach the server</source>
        <translation>Zugriffstyp von WinHttpOpen (WINHTTP_OPTION_PROXY): wie Anfragen den Server erreichen</translation>
    </message>
    <message>
        <source>host:port or http://host:port</source>
        <translation>host:port oder http://host:port</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_PROXY lpszProxy: the proxy every request goes through</source>
        <translation>WINHTTP_OPTION_PROXY lpszProxy: der Proxy, über den jede Anfrage läuft</translation>
    </message>
    <message>
        <source>&lt;local&gt;; *.internal.example</source>
        <translation>&lt;local&gt;; *.internal.example</translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_PROXY lpszProxyBypass: hosts reached directly, separated by “;”</source>
        <translation>WINHTTP_OPTION_PROXY lpszProxyBypass: direkt erreichte Hosts, getrennt durch „;“</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>System trust store only</source>
        <translation>Nur der Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <source>HINTERNET_OPTION_CA_FILE (hinternet&apos;s extension): PEM trust anchors added to the system store</source>
        <translation>HINTERNET_OPTION_CA_FILE (Erweiterung von hinternet): PEM-Vertrauensanker zusätzlich zum Speicher des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Hinterscope&apos;s own</source>
        <translation>Standard von Hinterscope</translation>
    </message>
    <message>
        <source>WinHttpOpen&apos;s pszAgentW (WINHTTP_OPTION_USER_AGENT): the User-Agent header</source>
        <translation>pszAgentW von WinHttpOpen (WINHTTP_OPTION_USER_AGENT): der User-Agent-Header</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
</context>
<context>
    <name>hinterscope::PagedTextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;auswählen</translation>
    </message>
</context>
<context>
    <name>hinterscope::PartKindDelegate</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>hinterscope::PlaygroundLauncher</name>
    <message>
        <source>Playground: %1 · %2 · CA SHA-256 %3 (%4)</source>
        <translation>Playground: %1 · %2 · CA-SHA-256 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>hinterscope::RequestController</name>
    <message>
        <source>Unknown variable: %1</source>
        <translation>Unbekannte Variable: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>hinterscope::RequestTabs</name>
    <message>
        <source>&amp;New Request Tab</source>
        <translation>&amp;Neuer Anfrage-Reiter</translation>
    </message>
    <message>
        <source>&amp;Close Request Tab</source>
        <translation>Anfrage-Reiter s&amp;chließen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Request Tab</source>
        <translation>&amp;Nächster Anfrage-Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous Request Tab</source>
        <translation>&amp;Vorheriger Anfrage-Reiter</translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation>Anfrage &amp;speichern</translation>
    </message>
    <message>
        <source>Save Request &amp;As…</source>
        <translation>Anfrage speichern &amp;unter…</translation>
    </message>
    <message>
        <source>New request tab (%1)</source>
        <translation>Neuer Anfrage-Reiter (%1)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>A copy of %1 (read-only): saving asks where to put it</source>
        <translation>Eine Kopie von %1 (schreibgeschützt): beim Speichern wird nach dem Ort gefragt</translation>
    </message>
    <message>
        <source>Not saved to a file yet</source>
        <translation>Noch nicht in einer Datei gespeichert</translation>
    </message>
    <message>
        <source>Deleted on disk: saving creates the file again</source>
        <translation>Auf der Festplatte gelöscht: Speichern erstellt die Datei erneut</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 is not on disk; saving creates it.</source>
        <translation>%1 ist nicht auf der Festplatte; Speichern erstellt die Datei.</translation>
    </message>
    <message>
        <source>Could not save the request: %1 already exists.</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not save the request: %1 is open in another tab with unsaved changes. Save or close that tab first.</source>
        <translation>Die Anfrage konnte nicht gespeichert werden: %1 ist in einem anderen Reiter mit ungespeicherten Änderungen geöffnet. Speichern oder schließen Sie zuerst diesen Reiter.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not save the request. It is still open with its changes.

%1</source>
        <translation>Die Anfrage konnte nicht gespeichert werden. Sie ist mit ihren Änderungen weiterhin geöffnet.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was deleted on disk; saving creates it again.</source>
        <translation>%1 wurde auf der Festplatte gelöscht; Speichern erstellt die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read, so the tab keeps its request: %2</source>
        <translation>%1 wurde auf der Festplatte geändert, kann aber nicht gelesen werden; der Reiter behält daher seine Anfrage: %2</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 neu geladen: die Datei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation>%1 von der Festplatte neu geladen.</translation>
    </message>
    <message>
        <source>%1 is no longer there; its tab was not reopened.</source>
        <translation>%1 existiert nicht mehr; der Reiter wurde nicht wieder geöffnet.</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Reiter schließen</translation>
    </message>
    <message>
        <source>Close Other Tabs</source>
        <translation>Andere Reiter schließen</translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation>Dateipfad kopieren</translation>
    </message>
</context>
<context>
    <name>hinterscope::ResponsePane</name>
    <message>
        <source>The body appears here as it arrives</source>
        <translation>Der Body erscheint hier, während er ankommt</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirects</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Redirects (%1)</source>
        <translation>Redirects (%1)</translation>
    </message>
    <message>
        <source>Final URL (WINHTTP_OPTION_URL): %1</source>
        <translation>Endgültige URL (WINHTTP_OPTION_URL): %1</translation>
    </message>
    <message>
        <source>URL now (WINHTTP_OPTION_URL): %1</source>
        <translation>Aktuelle URL (WINHTTP_OPTION_URL): %1</translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation>Warte auf die Antwort…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed with %2</source>
        <translation>%1 fehlgeschlagen mit %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification</source>
        <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>hinterscope::ResponseSummaryBar</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The response arrived, then the request failed</source>
        <translation>Die Antwort kam an, danach ist die Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>No request sent yet</source>
        <translation>Noch keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>From the first step of sending to the end of the body</source>
        <translation>Vom ersten Sendeschritt bis zum Ende des Bodys</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>Body %1 as delivered (after decoding); headers %2</source>
        <translation>Body %1 wie ausgeliefert (nach dem Dekodieren); Header %2</translation>
    </message>
    <message>
        <source>; %1 of body on the wire</source>
        <translation>; %1 Body auf der Leitung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>hinterscope::RowTableView</name>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Zeile löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::SecretStore</name>
    <message>
        <source>Secrets: asking the system keyring…</source>
        <translation>Secrets: der Schlüsselbund des Systems wird gefragt…</translation>
    </message>
    <message>
        <source>Secrets: system keyring</source>
        <translation>Secrets: Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Secrets: %1 (mode 0600; %2)</source>
        <translation>Secrets: %1 (Modus 0600; %2)</translation>
    </message>
    <message>
        <source>the keyring is switched off</source>
        <translation>der Schlüsselbund ist abgeschaltet</translation>
    </message>
    <message>
        <source>HINTERSCOPE_SECRETS=file</source>
        <translation>HINTERSCOPE_SECRETS=file</translation>
    </message>
    <message>
        <source>no keyring service: no D-Bus session bus</source>
        <translation>kein Schlüsselbund-Dienst: kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no keyring service: no D-Bus session bus (%1)</source>
        <translation>kein Schlüsselbund-Dienst: kein D-Bus-Sitzungsbus (%1)</translation>
    </message>
    <message>
        <source>no keyring service: %1</source>
        <translation>kein Schlüsselbund-Dienst: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the collection has no id to keep secrets under</source>
        <translation>die Sammlung hat keine ID, unter der Secrets abgelegt werden können</translation>
    </message>
    <message>
        <source>keyring: %1: %2</source>
        <translation>Schlüsselbund: %1: %2</translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>hinterscope::TemplateVariable</name>
    <message>
        <source>{{%1}} is not defined in the active environment</source>
        <translation>{{%1}} ist in der aktiven Umgebung nicht definiert</translation>
    </message>
    <message>
        <source>{{%1}} is empty</source>
        <translation>{{%1}} ist leer</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
</context>
<context>
    <name>hinterscope::TimelineModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>hinterscope::TimelinePane</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom the lanes in (Ctrl+wheel)</source>
        <translation>Die Spuren vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom the lanes out</source>
        <translation>Die Spuren verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole trace into the lanes and keep fitting as events arrive</source>
        <translation>Den ganzen Trace in die Spuren einpassen und beim Eintreffen neuer Ereignisse weiter einpassen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view while the table is scrolled to the bottom</source>
        <translation>Das neueste Ereignis im Blick behalten, solange die Tabelle ganz nach unten gescrollt ist</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
</context>
<context>
    <name>hinterscope::TimingModel</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Proxy tunnel</source>
        <translation>Proxy-Tunnel</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>Gesamt (ms)</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
</context>
<context>
    <name>hinterscope::TimingWaterfall</name>
    <message>
        <source>Hop %1 · %2</source>
        <translation>Hop %1 · %2</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Hop %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>reused connection · %1</source>
        <translation>wiederverwendete Verbindung · %1</translation>
    </message>
    <message>
        <source>  = %1</source>
        <translation>  = %1</translation>
    </message>
    <message>
        <source> (running)</source>
        <translation> (läuft)</translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation> (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>No timing yet: send a request</source>
        <translation>Noch keine Zeiten: Senden Sie eine Anfrage</translation>
    </message>
    <message>
        <source>Hop %1 · %2: %3 (at %4)</source>
        <translation>Hop %1 · %2: %3 (bei %4)</translation>
    </message>
</context>
<context>
    <name>hinterscope::TlsChainModel</name>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Inhabernamen (SAN)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (derzeit nicht gültig)</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hinterscope::TlsTab</name>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>SECURE_FAILURE flags</source>
        <translation>SECURE_FAILURE-Flags</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Ignore flags in effect</source>
        <translation>Wirksame Ignore-Flags</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy certificate as PEM</source>
        <translation>Zertifikat als PEM kopieren</translation>
    </message>
    <message>
        <source>Not a TLS request</source>
        <translation>Keine TLS-Anfrage</translation>
    </message>
    <message>
        <source>No TLS handshake yet</source>
        <translation>Noch kein TLS-Handshake</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (on a pooled connection; its handshake was for another request)</source>
        <translation>%1 (auf einer Verbindung aus dem Pool; ihr Handshake galt einer anderen Anfrage)</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Accepted: every problem was waived (%1)</source>
        <translation>Akzeptiert: jedes Problem wurde ignoriert (%1)</translation>
    </message>
    <message>
        <source>Failed: %1 (X509 error %2)</source>
        <translation>Fehlgeschlagen: %1 (X509-Fehler %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, durch %2</translation>
    </message>
</context>
<context>
    <name>hinterscope::UrlCheck</name>
    <message>
        <source>The scheme must be followed by “://”.</source>
        <translation>Auf das Schema muss „://“ folgen.</translation>
    </message>
    <message>
        <source>The IPv6 address in brackets is not valid.</source>
        <translation>Die IPv6-Adresse in eckigen Klammern ist ungültig.</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address.</source>
        <translation>Auf die IPv6-Adresse darf nur ein Port folgen.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not “%1”.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>WinHTTP cannot split this URL into scheme, host, port and path.</source>
        <translation>WinHTTP kann diese URL nicht in Schema, Host, Port und Pfad zerlegen.</translation>
    </message>
    <message>
        <source>Enter a URL to send the request to.</source>
        <translation>Geben Sie die URL ein, an die die Anfrage gesendet wird.</translation>
    </message>
    <message>
        <source>The URL contains a control character (CR, LF, NUL or TAB).</source>
        <translation>Die URL enthält ein Steuerzeichen (CR, LF, NUL oder TAB).</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be sent, not “%1://”.</source>
        <translation>Nur http://- und https://-URLs können gesendet werden, nicht „%1://“.</translation>
    </message>
    <message>
        <source>WinHTTP cannot read this URL.</source>
        <translation>WinHTTP kann diese URL nicht lesen.</translation>
    </message>
    <message>
        <source>The host name contains a space.</source>
        <translation>Der Hostname enthält ein Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>hinterscope::category_style</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>Wire</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Callbacks on the way: resolving, connecting, sending, receiving, redirects; redirect decisions and timing marks</source>
        <translation>Callbacks unterwegs: Namensauflösung, Verbindungsaufbau, Senden, Empfangen, Redirects; Redirect-Entscheidungen und Zeitmarken</translation>
    </message>
    <message>
        <source>Completions of asynchronous calls: SENDREQUEST_COMPLETE, HEADERS_AVAILABLE, DATA_AVAILABLE, READ_COMPLETE, WRITE_COMPLETE</source>
        <translation>Abschlüsse asynchroner Aufrufe: SENDREQUEST_COMPLETE, HEADERS_AVAILABLE, DATA_AVAILABLE, READ_COMPLETE, WRITE_COMPLETE</translation>
    </message>
    <message>
        <source>REQUEST_ERROR and SECURE_FAILURE</source>
        <translation>REQUEST_ERROR und SECURE_FAILURE</translation>
    </message>
    <message>
        <source>Handles created and closed, HANDLE_CREATED, HANDLE_CLOSING, options set</source>
        <translation>Erstellte und geschlossene Handles, HANDLE_CREATED, HANDLE_CLOSING, gesetzte Optionen</translation>
    </message>
    <message>
        <source>Bytes sent, received and decoded; connections, TLS handshakes, cookies</source>
        <translation>Gesendete, empfangene und dekodierte Bytes; Verbindungen, TLS-Handshakes, Cookies</translation>
    </message>
</context>
<context>
    <name>hinterscope::names</name>
    <message>
        <source>Looking up the IP address of the server name (the information is the name).</source>
        <translation>Die IP-Adresse zum Servernamen wird nachgeschlagen (die Information ist der Name).</translation>
    </message>
    <message>
        <source>The server name was resolved (the information is the IP address).</source>
        <translation>Der Servername wurde aufgelöst (die Information ist die IP-Adresse).</translation>
    </message>
    <message>
        <source>Opening a TCP connection to the server&apos;s address.</source>
        <translation>Eine TCP-Verbindung zur Adresse des Servers wird geöffnet.</translation>
    </message>
    <message>
        <source>The TCP connection to the server is established.</source>
        <translation>Die TCP-Verbindung zum Server ist hergestellt.</translation>
    </message>
    <message>
        <source>Starting to write the request to the server.</source>
        <translation>Das Schreiben der Anfrage an den Server beginnt.</translation>
    </message>
    <message>
        <source>The request was written to the server (the information is the byte count).</source>
        <translation>Die Anfrage wurde an den Server geschrieben (die Information ist die Anzahl der Bytes).</translation>
    </message>
    <message>
        <source>Waiting for and reading the server&apos;s response.</source>
        <translation>Die Antwort des Servers wird erwartet und gelesen.</translation>
    </message>
    <message>
        <source>Bytes of the response were read from the server (the information is the byte count).</source>
        <translation>Bytes der Antwort wurden vom Server gelesen (die Information ist die Anzahl der Bytes).</translation>
    </message>
    <message>
        <source>Closing the connection to the server.</source>
        <translation>Die Verbindung zum Server wird geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>A HINTERNET handle was created.</source>
        <translation>Ein HINTERNET-Handle wurde erstellt.</translation>
    </message>
    <message>
        <source>The handle is being closed: the last callback it gets; its value may be reused afterwards.</source>
        <translation>Das Handle wird geschlossen: der letzte Callback, den es erhält; sein Wert kann danach wiederverwendet werden.</translation>
    </message>
    <message>
        <source>Looking for a proxy server (auto-detection or a PAC script).</source>
        <translation>Ein Proxyserver wird gesucht (automatische Erkennung oder PAC-Skript).</translation>
    </message>
    <message>
        <source>The request is redirected and follows to a new URL (the information is the URL).</source>
        <translation>Die Anfrage wird umgeleitet und folgt einer neuen URL (die Information ist die URL).</translation>
    </message>
    <message>
        <source>An interim 1xx response arrived before the final one (the information is its status).</source>
        <translation>Eine vorläufige 1xx-Antwort kam vor der endgültigen an (die Information ist ihr Status).</translation>
    </message>
    <message>
        <source>The TLS connection failed verification (the information says which certificate checks failed).</source>
        <translation>Die TLS-Verbindung hat die Prüfung nicht bestanden (die Information nennt die fehlgeschlagenen Zertifikatsprüfungen).</translation>
    </message>
    <message>
        <source>WinHttpReceiveResponse completed: the response headers can be queried.</source>
        <translation>WinHttpReceiveResponse ist abgeschlossen: die Antwort-Header können abgefragt werden.</translation>
    </message>
    <message>
        <source>WinHttpQueryDataAvailable completed (the information is how many bytes can be read now).</source>
        <translation>WinHttpQueryDataAvailable ist abgeschlossen (die Information ist, wie viele Bytes jetzt gelesen werden können).</translation>
    </message>
    <message>
        <source>WinHttpReadData completed (the information is the byte count; 0 means the body ended).</source>
        <translation>WinHttpReadData ist abgeschlossen (die Information ist die Anzahl der Bytes; 0 heißt, der Body ist zu Ende).</translation>
    </message>
    <message>
        <source>WinHttpWriteData completed (the information is the byte count written).</source>
        <translation>WinHttpWriteData ist abgeschlossen (die Information ist die Anzahl der geschriebenen Bytes).</translation>
    </message>
    <message>
        <source>An asynchronous call failed (the information names the call and the error).</source>
        <translation>Ein asynchroner Aufruf ist fehlgeschlagen (die Information nennt den Aufruf und den Fehler).</translation>
    </message>
    <message>
        <source>WinHttpSendRequest completed: the request is on its way.</source>
        <translation>WinHttpSendRequest ist abgeschlossen: die Anfrage ist unterwegs.</translation>
    </message>
    <message>
        <source>WinHttpGetProxyForUrlEx completed: the proxy result can be read.</source>
        <translation>WinHttpGetProxyForUrlEx ist abgeschlossen: das Proxy-Ergebnis kann gelesen werden.</translation>
    </message>
    <message>
        <source>A WebSocket close handshake completed.</source>
        <translation>Ein WebSocket-Close-Handshake wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>A WebSocket shutdown (close frame sent) completed.</source>
        <translation>Ein WebSocket-Shutdown (Close-Frame gesendet) wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>WinHttpGetProxySettingsEx completed: the settings can be read.</source>
        <translation>WinHttpGetProxySettingsEx ist abgeschlossen: die Einstellungen können gelesen werden.</translation>
    </message>
    <message>
        <source>Writing proxy settings completed.</source>
        <translation>Das Schreiben der Proxy-Einstellungen ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Reading proxy settings completed.</source>
        <translation>Das Lesen der Proxy-Einstellungen ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The status callback function installed on the handle.</source>
        <translation>Die auf dem Handle installierte Status-Callback-Funktion.</translation>
    </message>
    <message>
        <source>How long name resolution may take, in milliseconds (0: no limit).</source>
        <translation>Wie lange die Namensauflösung dauern darf, in Millisekunden (0: kein Limit).</translation>
    </message>
    <message>
        <source>How long connecting to the server may take, in milliseconds.</source>
        <translation>Wie lange der Verbindungsaufbau zum Server dauern darf, in Millisekunden.</translation>
    </message>
    <message>
        <source>How often a connect is retried within the connect timeout.</source>
        <translation>Wie oft ein Verbindungsversuch innerhalb des Connect-Timeouts wiederholt wird.</translation>
    </message>
    <message>
        <source>How long one write of the request may take, in milliseconds.</source>
        <translation>Wie lange ein Schreibvorgang der Anfrage dauern darf, in Millisekunden.</translation>
    </message>
    <message>
        <source>How long one read of the response may wait, in milliseconds.</source>
        <translation>Wie lange ein Lesevorgang der Antwort warten darf, in Millisekunden.</translation>
    </message>
    <message>
        <source>How long to wait for the response headers, in milliseconds.</source>
        <translation>Wie lange auf die Antwort-Header gewartet wird, in Millisekunden.</translation>
    </message>
    <message>
        <source>The handle&apos;s type: session, connect or request (query only).</source>
        <translation>Der Typ des Handles: session, connect oder request (nur abfragbar).</translation>
    </message>
    <message>
        <source>The handle this one was opened from (query only).</source>
        <translation>Das Handle, aus dem dieses geöffnet wurde (nur abfragbar).</translation>
    </message>
    <message>
        <source>The operating system error behind the last failure (query only).</source>
        <translation>Der Betriebssystemfehler hinter dem letzten Fehlschlag (nur abfragbar).</translation>
    </message>
    <message>
        <source>SECURITY_FLAG_IGNORE_* bits: which certificate problems are waived.</source>
        <translation>SECURITY_FLAG_IGNORE_*-Bits: welche Zertifikatsprobleme ignoriert werden.</translation>
    </message>
    <message>
        <source>The server certificate&apos;s subject, issuer and validity (query only).</source>
        <translation>Inhaber, Aussteller und Gültigkeit des Serverzertifikats (nur abfragbar).</translation>
    </message>
    <message>
        <source>The request&apos;s full URL, updated after each redirect (query only).</source>
        <translation>Die vollständige URL der Anfrage, nach jedem Redirect aktualisiert (nur abfragbar).</translation>
    </message>
    <message>
        <source>The cipher&apos;s key size in bits (query only).</source>
        <translation>Die Schlüssellänge der Cipher-Suite in Bit (nur abfragbar).</translation>
    </message>
    <message>
        <source>The proxy server and bypass list used by this handle.</source>
        <translation>Der Proxyserver und die Ausnahmeliste, die dieses Handle verwendet.</translation>
    </message>
    <message>
        <source>The User-Agent sent with requests.</source>
        <translation>Der mit Anfragen gesendete User-Agent.</translation>
    </message>
    <message>
        <source>The application&apos;s context value passed to its callback.</source>
        <translation>Der Kontextwert der Anwendung, der an ihren Callback übergeben wird.</translation>
    </message>
    <message>
        <source>The client certificate offered to the server (or none).</source>
        <translation>Das dem Server angebotene Client-Zertifikat (oder keines).</translation>
    </message>
    <message>
        <source>The request&apos;s priority (accepted, without effect here).</source>
        <translation>Die Priorität der Anfrage (akzeptiert, hier ohne Wirkung).</translation>
    </message>
    <message>
        <source>The HTTP version requests use by default.</source>
        <translation>Die HTTP-Version, die Anfragen standardmäßig verwenden.</translation>
    </message>
    <message>
        <source>WINHTTP_DISABLE_* bits: cookies, redirects, authentication or keep-alive turned off.</source>
        <translation>WINHTTP_DISABLE_*-Bits: abgeschaltete Cookies, Redirects, Authentifizierung oder Keep-Alive.</translation>
    </message>
    <message>
        <source>The code page for URLs (accepted, UTF-8 is used).</source>
        <translation>Die Codepage für URLs (akzeptiert, verwendet wird UTF-8).</translation>
    </message>
    <message>
        <source>How many connections to one server may be open at once.</source>
        <translation>Wie viele Verbindungen zu einem Server gleichzeitig offen sein dürfen.</translation>
    </message>
    <message>
        <source>How many connections to one HTTP/1.0 server may be open at once.</source>
        <translation>Wie viele Verbindungen zu einem HTTP/1.0-Server gleichzeitig offen sein dürfen.</translation>
    </message>
    <message>
        <source>When default credentials may be sent automatically.</source>
        <translation>Wann Standard-Anmeldedaten automatisch gesendet werden dürfen.</translation>
    </message>
    <message>
        <source>WINHTTP_ENABLE_* bits: optional features turned on.</source>
        <translation>WINHTTP_ENABLE_*-Bits: eingeschaltete optionale Funktionen.</translation>
    </message>
    <message>
        <source>The number of worker threads for asynchronous calls.</source>
        <translation>Die Anzahl der Worker-Threads für asynchrone Aufrufe.</translation>
    </message>
    <message>
        <source>WINHTTP_FLAG_SECURE_PROTOCOL_* bits: which TLS versions may be used.</source>
        <translation>WINHTTP_FLAG_SECURE_PROTOCOL_*-Bits: welche TLS-Versionen verwendet werden dürfen.</translation>
    </message>
    <message>
        <source>Which redirects are followed: never, all but HTTPS to HTTP (default), or always.</source>
        <translation>Welchen Redirects gefolgt wird: keinen, allen außer HTTPS nach HTTP (Standard) oder immer allen.</translation>
    </message>
    <message>
        <source>How many redirects are followed before the request fails.</source>
        <translation>Wie vielen Redirects gefolgt wird, bevor die Anfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>How many interim 1xx responses are accepted before the final one.</source>
        <translation>Wie viele vorläufige 1xx-Antworten vor der endgültigen akzeptiert werden.</translation>
    </message>
    <message>
        <source>The largest response head accepted, in bytes.</source>
        <translation>Der größte akzeptierte Antwortkopf, in Bytes.</translation>
    </message>
    <message>
        <source>How many body bytes are drained to reuse a connection after a redirect or an auth challenge.</source>
        <translation>Wie viele Body-Bytes gelesen und verworfen werden, um eine Verbindung nach einem Redirect oder einer Auth-Challenge wiederzuverwenden.</translation>
    </message>
    <message>
        <source>The local and remote address of the request&apos;s connection (query only).</source>
        <translation>Die lokale und die entfernte Adresse der Verbindung der Anfrage (nur abfragbar).</translation>
    </message>
    <message>
        <source>Whether URLs with a user name and password are refused.</source>
        <translation>Ob URLs mit Benutzername und Passwort abgelehnt werden.</translation>
    </message>
    <message>
        <source>The application promises its callbacks never block (accepted, without effect here).</source>
        <translation>Die Anwendung verspricht, dass ihre Callbacks nie blockieren (akzeptiert, hier ohne Wirkung).</translation>
    </message>
    <message>
        <source>WINHTTP_DECOMPRESSION_FLAG_* bits: which content encodings are decoded automatically.</source>
        <translation>WINHTTP_DECOMPRESSION_FLAG_*-Bits: welche Content-Encodings automatisch dekodiert werden.</translation>
    </message>
    <message>
        <source>WINHTTP_PROTOCOL_FLAG_* bits: HTTP/2 or HTTP/3 allowed (HTTP/1.1 is always used here).</source>
        <translation>WINHTTP_PROTOCOL_FLAG_*-Bits: HTTP/2 oder HTTP/3 erlaubt (hier wird immer HTTP/1.1 verwendet).</translation>
    </message>
    <message>
        <source>Which HTTP version the response came over (query only).</source>
        <translation>Über welche HTTP-Version die Antwort kam (nur abfragbar).</translation>
    </message>
    <message>
        <source>Try IPv4 quickly when IPv6 is slow to connect (accepted, without effect here).</source>
        <translation>Schnell auf IPv4 ausweichen, wenn der Verbindungsaufbau über IPv6 langsam ist (akzeptiert, hier ohne Wirkung).</translation>
    </message>
    <message>
        <source>Do not return the request&apos;s connection to the keep-alive pool.</source>
        <translation>Die Verbindung der Anfrage nicht in den Keep-Alive-Pool zurückgeben.</translation>
    </message>
    <message>
        <source>Never retry a failed TLS handshake with an older protocol version.</source>
        <translation>Einen fehlgeschlagenen TLS-Handshake nie mit einer älteren Protokollversion wiederholen.</translation>
    </message>
    <message>
        <source>Use TCP Fast Open (accepted, without effect here).</source>
        <translation>TCP Fast Open verwenden (akzeptiert, hier ohne Wirkung).</translation>
    </message>
    <message>
        <source>Use TLS False Start (accepted, without effect here).</source>
        <translation>TLS False Start verwenden (akzeptiert, hier ohne Wirkung).</translation>
    </message>
    <message>
        <source>The user name for server authentication.</source>
        <translation>Der Benutzername für die Server-Authentifizierung.</translation>
    </message>
    <message>
        <source>The password for server authentication (never shown).</source>
        <translation>Das Passwort für die Server-Authentifizierung (wird nie angezeigt).</translation>
    </message>
    <message>
        <source>The user name for proxy authentication.</source>
        <translation>Der Benutzername für die Proxy-Authentifizierung.</translation>
    </message>
    <message>
        <source>The password for proxy authentication (never shown).</source>
        <translation>Das Passwort für die Proxy-Authentifizierung (wird nie angezeigt).</translation>
    </message>
    <message>
        <source>The engine opened a handle (the information is what it was opened with).</source>
        <translation>Die Engine hat ein Handle geöffnet (die Information ist, womit es geöffnet wurde).</translation>
    </message>
    <message>
        <source>The handle is gone: HANDLE_CLOSING was delivered and nothing refers to it any more.</source>
        <translation>Das Handle ist weg: HANDLE_CLOSING wurde zugestellt und nichts verweist mehr darauf.</translation>
    </message>
    <message>
        <source>WinHttpSetOption succeeded on the handle.</source>
        <translation>WinHttpSetOption war auf dem Handle erfolgreich.</translation>
    </message>
    <message>
        <source>A status callback to the application.</source>
        <translation>Ein Status-Callback an die Anwendung.</translation>
    </message>
    <message>
        <source>A new connection (TCP, maybe TLS and a proxy tunnel) was opened for the request.</source>
        <translation>Für die Anfrage wurde eine neue Verbindung geöffnet (TCP, eventuell TLS und ein Proxy-Tunnel).</translation>
    </message>
    <message>
        <source>An idle keep-alive connection from the pool was reused.</source>
        <translation>Eine freie Keep-Alive-Verbindung aus dem Pool wurde wiederverwendet.</translation>
    </message>
    <message>
        <source>A connection was closed (the information says why).</source>
        <translation>Eine Verbindung wurde geschlossen (die Information nennt den Grund).</translation>
    </message>
    <message>
        <source>The TLS handshake finished: protocol, cipher and the certificate check.</source>
        <translation>Der TLS-Handshake ist beendet: Protokoll, Cipher-Suite und Zertifikatsprüfung.</translation>
    </message>
    <message>
        <source>Raw bytes written to the connection (request head and body).</source>
        <translation>Rohe Bytes, die auf die Verbindung geschrieben wurden (Anfragekopf und Body).</translation>
    </message>
    <message>
        <source>Raw bytes read from the connection, before transfer and content decoding.</source>
        <translation>Rohe Bytes, die von der Verbindung gelesen wurden, vor dem Dekodieren von Transfer- und Content-Encoding.</translation>
    </message>
    <message>
        <source>Body bytes after chunked and content decoding, as the application reads them.</source>
        <translation>Body-Bytes nach dem Dekodieren von Chunked- und Content-Encoding, so wie die Anwendung sie liest.</translation>
    </message>
    <message>
        <source>What the engine decided about a response: follow a redirect, refuse it, or stop here.</source>
        <translation>Was die Engine über eine Antwort entschieden hat: einem Redirect folgen, ihn ablehnen oder hier aufhören.</translation>
    </message>
    <message>
        <source>A timing point of the exchange (DNS, connect, TLS, first byte, complete).</source>
        <translation>Ein Zeitpunkt des Austauschs (DNS, Verbindung, TLS, erstes Byte, fertig).</translation>
    </message>
    <message>
        <source>A Set-Cookie header was handed to the cookie jar.</source>
        <translation>Ein Set-Cookie-Header wurde an den Cookie-Speicher übergeben.</translation>
    </message>
</context>
<context>
    <name>hinterscope::response::Texts</name>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>A timeout expired before the server answered (resolve, connect, send or receive timeout).</source>
        <translation>Ein Timeout ist abgelaufen, bevor der Server antwortete (Timeout für Auflösen, Verbinden, Senden oder Empfangen).</translation>
    </message>
    <message>
        <source>An internal error occurred in the HTTP stack.</source>
        <translation>Im HTTP-Stack ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The URL is not valid.</source>
        <translation>Die URL ist ungültig.</translation>
    </message>
    <message>
        <source>The URL&apos;s scheme is neither http nor https.</source>
        <translation>Das Schema der URL ist weder http noch https.</translation>
    </message>
    <message>
        <source>The server name could not be resolved to an address.</source>
        <translation>Der Servername konnte nicht in eine Adresse aufgelöst werden.</translation>
    </message>
    <message>
        <source>The request was cancelled: its handle was closed while an operation was in progress.</source>
        <translation>Die Anfrage wurde abgebrochen: ihr Handle wurde geschlossen, während eine Operation lief.</translation>
    </message>
    <message>
        <source>The call is not allowed in the handle&apos;s current state.</source>
        <translation>Der Aufruf ist im aktuellen Zustand des Handles nicht erlaubt.</translation>
    </message>
    <message>
        <source>No connection could be made: the server refused it or is not reachable.</source>
        <translation>Es konnte keine Verbindung hergestellt werden: Der Server hat sie abgelehnt oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection was reset or closed by the server while in use.</source>
        <translation>Die Verbindung wurde während der Nutzung vom Server zurückgesetzt oder geschlossen.</translation>
    </message>
    <message>
        <source>The request has to be sent again (authentication or a closed keep-alive connection).</source>
        <translation>Die Anfrage muss erneut gesendet werden (Authentifizierung oder eine geschlossene Keep-Alive-Verbindung).</translation>
    </message>
    <message>
        <source>The credentials were rejected.</source>
        <translation>Die Anmeldedaten wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification; the SECURE_FAILURE flags say why.</source>
        <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden; die SECURE_FAILURE-Flags nennen den Grund.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (no common protocol or cipher, or the peer aborted it).</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (kein gemeinsames Protokoll bzw. keine gemeinsame Cipher-Suite, oder die Gegenstelle hat ihn abgebrochen).</translation>
    </message>
    <message>
        <source>The certificate chain ends in a CA that is not trusted.</source>
        <translation>Die Zertifikatskette endet bei einer nicht vertrauenswürdigen CA.</translation>
    </message>
    <message>
        <source>The certificate has expired or is not yet valid.</source>
        <translation>Das Zertifikat ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate is not issued for this host name.</source>
        <translation>Das Zertifikat ist nicht für diesen Hostnamen ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s revocation status could not be checked.</source>
        <translation>Der Sperrstatus des Zertifikats konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation>Das Zertifikat wurde gesperrt.</translation>
    </message>
    <message>
        <source>The certificate is malformed or not acceptable.</source>
        <translation>Das Zertifikat ist fehlerhaft oder nicht akzeptabel.</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication.</source>
        <translation>Das Zertifikat ist nicht für die Server-Authentifizierung bestimmt.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, aber es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be parsed as HTTP.</source>
        <translation>Die Antwort des Servers konnte nicht als HTTP geparst werden.</translation>
    </message>
    <message>
        <source>The requested header was not in the response.</source>
        <translation>Der angeforderte Header war nicht in der Antwort enthalten.</translation>
    </message>
    <message>
        <source>A redirect could not be followed (bad Location, too many redirects, or a scheme change).</source>
        <translation>Einem Redirect konnte nicht gefolgt werden (fehlerhafte Location, zu viele Redirects oder ein Schemawechsel).</translation>
    </message>
    <message>
        <source>The response had more headers than allowed.</source>
        <translation>Die Antwort hatte mehr Header als erlaubt.</translation>
    </message>
    <message>
        <source>The response headers were larger than allowed.</source>
        <translation>Die Antwort-Header waren größer als erlaubt.</translation>
    </message>
    <message>
        <source>A chunk header of the chunked body was too long.</source>
        <translation>Ein Chunk-Header des Chunked-Bodys war zu lang.</translation>
    </message>
    <message>
        <source>The body of an intermediate response was too large to drain.</source>
        <translation>Der Body einer Zwischenantwort war zu groß, um ihn zu lesen und zu verwerfen.</translation>
    </message>
    <message>
        <source>A header the request was given is not valid.</source>
        <translation>Ein der Anfrage übergebener Header ist ungültig.</translation>
    </message>
    <message>
        <source>The WinHTTP support is being shut down.</source>
        <translation>Die WinHTTP-Unterstützung wird heruntergefahren.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Nicht genug Speicher, um die Operation abzuschließen.</translation>
    </message>
    <message>
        <source>A parameter was not valid.</source>
        <translation>Ein Parameter war ungültig.</translation>
    </message>
    <message>
        <source>The handle is not valid (closed already?).</source>
        <translation>Das Handle ist ungültig (schon geschlossen?).</translation>
    </message>
    <message>
        <source>See the WinHTTP error reference for %1.</source>
        <translation>Siehe die WinHTTP-Fehlerreferenz zu %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the revocation status could not be checked</source>
        <translation>der Sperrstatus konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>the certificate is invalid</source>
        <translation>das Zertifikat ist ungültig</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>das Zertifikat wurde gesperrt</translation>
    </message>
    <message>
        <source>the chain ends in an untrusted CA</source>
        <translation>die Kette endet bei einer nicht vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>the certificate does not name this host</source>
        <translation>das Zertifikat nennt diesen Host nicht</translation>
    </message>
    <message>
        <source>the certificate has expired or is not yet valid</source>
        <translation>das Zertifikat ist abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate is not for server authentication</source>
        <translation>das Zertifikat ist nicht für die Server-Authentifizierung bestimmt</translation>
    </message>
    <message>
        <source>the TLS channel failed</source>
        <translation>der TLS-Kanal ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n B</source>
        <translation>
            <numerusform>%n B</numerusform>
            <numerusform>%n B</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A WinHTTP request inspector</source>
        <translation>Ein Inspektor für WinHTTP-Anfragen</translation>
    </message>
    <message>
        <source>Do not start the local playground.</source>
        <translation>Den lokalen Playground nicht starten.</translation>
    </message>
    <message>
        <source>Open the collection in &lt;folder&gt;.</source>
        <translation>Die Sammlung in &lt;folder&gt; öffnen.</translation>
    </message>
    <message>
        <source>Print the time to the first shown window.</source>
        <translation>Die Zeit bis zum ersten angezeigten Fenster ausgeben.</translation>
    </message>
    <message>
        <source>The playground did not start: %1</source>
        <translation>Der Playground konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
