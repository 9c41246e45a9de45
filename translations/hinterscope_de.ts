<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>%1:1:1: expected a JSON object</source>
        <translation>%1:1:1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
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
    <name>hinterscope::CollectionPane</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
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
        <source>&amp;Save Request As…</source>
        <translation>Anfrage &amp;speichern unter…</translation>
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
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Requests (*.request.json)</source>
        <translation>Anfragen (*.request.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
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
