<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentPrompts</name>
    <message>
        <source>The file of %1 was deleted on disk. Save it again before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping yours leaves the request unsaved; saving it then overwrites the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (lose my edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (*.request.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder exists and is not empty; choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the imported collection into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type of part &quot;%1&quot; cannot be given with --form-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled rows are not sent and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl -L also follows a redirect from HTTPS to HTTP, which WinHTTP&apos;s default policy refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-k ignores every certificate error, not only the chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this set of TLS versions has no curl flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl reads the proxy from the environment by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl has no resolve, send or receive timeouts (only --max-time for everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl has no asynchronous WinHTTP mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_DISABLE_* features have no curl flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form part &quot;%1&quot; has no name=value; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form part parameter &quot;%1&quot; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1=&lt;%2&quot; sends the file&apos;s content as a text field; imported as a file part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers read from the file %1 are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;Name: value&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; removes a header curl would add; WinHTTP adds its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes the content of a file, which is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP decides itself when credentials follow a redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;;auto&quot; (Referer on redirects) has no WinHTTP equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies read from the file %1 are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first URL is imported; %1 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes seconds, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP has no limit for the whole transfer; each of its timeouts (resolve, connect, send, receive) is set to %1 ms instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only changes curl&apos;s output; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinterscope&apos;s WinHTTP speaks HTTP/1.1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl option not mapped; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl option not mapped; ignored (value &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-G cannot put a file into the URL; the file is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl drops CR and LF from %1 before sending; Hinterscope sends the file as it is (use --data-binary for the same bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the file %1 is imported as the body; the other data pieces are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type %1 replaced by multipart/form-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given (curl would ask for one); the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest without -u has no credentials; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without -L no redirect is followed; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a command starting with curl, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break without a backslash was read as part of the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell expansion kept as written (not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell redirection ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the command ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first URL is imported; this one is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body was the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response was received; the exchange has no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR version %1 read as 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;request&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect hop of %1 (%2 %3); folded into its request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out, WinHTTP sets them itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HAR holds no file content; part &quot;%1&quot; points at the file name %2, choose the file before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart body is kept as raw text with its boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects recorded in the HAR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HAR has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled query rows cannot be written next to a URL fragment; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .http equivalent; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields this version does not know are left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body&apos;s final line break is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled form row &quot;%1&quot; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled part &quot;%1&quot; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest credentials with spaces cannot be written in a .http file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http files have no folders; the requests of %1 are written one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 takes a duration such as 30, 500 ms or 2 m, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directive @%1 not mapped; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part header %1 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inline file content of part &quot;%1&quot; became a text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler script not imported (Hinterscope runs no scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response output redirection not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response handler script %1 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{variables}} inside the file %1 are not substituted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested; Hinterscope&apos;s WinHTTP speaks HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request line has a method but no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a request line &quot;METHOD URL [HTTP/1.1]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a request line &quot;METHOD URL [HTTP/1.1]&quot;, not a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment among the headers not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a header &quot;Name: value&quot; (or a blank line before the body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request found (expected a line such as &quot;GET https://example.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman Collection v2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.http file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Postman collection, HAR file, curl command or .http file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman has no file name for part &quot;%1&quot;; it sends the file&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman cannot say &quot;always, HTTPS to HTTP too&quot;; written as followRedirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strictSSL false ignores every certificate error, not only the chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Postman equivalent; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s scheme is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman&apos;s own proxy settings decide; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Postman v1 collection; export it from Postman as Collection v2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Postman collection: &quot;info&quot; and &quot;item&quot; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema %1; read as v2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s description is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s auth is copied into each request that inherits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled variable &quot;%1&quot; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable without a name not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret variable &quot;%1&quot; is stored in plain text in collection.json; move it to an environment&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder&apos;s description is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder variables are not supported; %1 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item with neither &quot;request&quot; nor &quot;item&quot; was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disabled proxy was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s URL match pattern is not kept; the proxy is used for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificates are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s) not imported</source>
        <translation>
            <numerusform>%n saved example response not imported</numerusform>
            <numerusform>%n saved example responses not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>request-level variables are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path variable :%1 (= &quot;%2&quot;) is not substituted; the URL keeps &quot;:%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row&apos;s description is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is disabled in Postman and was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type %1 replaced by application/x-www-form-urlencoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first of %1 files is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inline file body became a raw text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GraphQL variables are not a JSON object and were kept as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GraphQL query became a JSON body {&quot;query&quot;, &quot;variables&quot;} sent as application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body mode &quot;%1&quot; is not supported; no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth type &quot;%1&quot; is not supported (basic, digest and bearer are); the request has no auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;maxRedirects&quot; must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP keeps the method only on 307/308 redirects and turns POST into GET on 301/302/303; there is no option to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman setting &quot;%1&quot; has no WinHTTP equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 script not imported (Hinterscope runs no scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated $&apos;…&apos; string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The SVG could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image format recognises these bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;options.%1&quot; must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the binary body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file %1 could not be read or changed size while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope</name>
    <message>
        <source>%1: &quot;variables&quot; must be an object of names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;variables.%2&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;defaults&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the collection is read-only (save a copy first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a collection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove the file under its old name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder cannot go into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move: the source could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MiB: too large to keep for undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete (nothing was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;variables[%1]&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;variables[%1]&quot; (%2) is secret: its value in the file is ignored; it belongs in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) must have a string &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot start or end with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment&apos;s name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot start with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment&apos;s name cannot contain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;variables&quot; must be an array of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an environment called &quot;%2&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1:1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: locked by another Hinterscope (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::AuthEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the request authenticates; Basic and Digest answer the server&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_BASIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpSetCredentials with WINHTTP_AUTH_SCHEME_DIGEST after the server&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Authorization: Bearer header added with WinHttpAddRequestHeaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are sent; a 401 or 407 is shown as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as “Authorization: Bearer &lt;token&gt;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::BodyEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form URL-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What WinHttpSendRequest sends after the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type header sent with the body (unless the Headers tab sets one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type (empty: none sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-indent the JSON (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as application/x-www-form-urlencoded; names and values are percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one file part per chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected part a file part and pick its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to send as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to send as the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to send as parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for this part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::BodyViewer</name>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON or XML, indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as received, highlighted by its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets, bytes and their ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as HTML source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body&apos;s exact bytes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 were copied; use &quot;Save as…&quot; for all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1, so it is not pretty-printed; Raw is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chunks lost (gaps in the stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the formatted body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find works in the text and hex views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (searching…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found, searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionEditor</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>Copy %n item</numerusform>
            <numerusform>Copy %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionItemDelegate</name>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::CollectionPane</name>
    <message>
        <source>New &amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in File &amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::ComposerWidget</name>
    <message>
        <source>The verb passed to WinHttpOpenRequest; any token is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/path?query  ({{variables}} allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cracked with WinHttpCrackUrl; without a scheme, http:// is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request in flight: its handles are closed (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s query, decoded; edits here rewrite the URL and the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added with WinHttpAddRequestHeaders; unchecked rows are kept but not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: header row %1 is invalid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported as curl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from curl; not mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::CopyAsCodeDialog</name>
    <message>
        <source>Copy as Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve {{variables}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the code carries the environment&apos;s values. Off: it keeps the placeholders and asks for the values in one table at its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP C++ (synchronous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP C++ (asynchronous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n line to the clipboard.</numerusform>
            <numerusform>Copied %n lines to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentEditor</name>
    <message>
        <source>Environments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: no store (secret values cannot be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: save a copy of the collection to give it environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is an environment called &quot;%1&quot; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two variables are called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection has no id to keep its secrets under: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving secrets (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment files are saved, but not every secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the environments of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentSelector</name>
    <message>
        <source>The environment whose variables requests are sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and edit environments and their secret variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::EnvironmentVariablesModel</name>
    <message>
        <source>Enabled: a disabled variable is kept but not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reading from the keyring…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: kept in the keyring (or the 0600 fallback file), never in the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: the value is stored in the keyring, never in the environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::FindBar</name>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case (ASCII letters; other characters always match exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HandleTreeModel</name>
    <message numerus="yes">
        <source>Options (%n)</source>
        <translation>
            <numerusform>Options (%n)</numerusform>
            <numerusform>Options (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The options in effect for this handle: what it was opened with, what was set on it and what it inherited when it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherited from %1 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(value not traced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HandlesPane</name>
    <message>
        <source>Prune closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the handles that are closed, with everything under them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection: the timeline shows the events of every handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each handle&apos;s options in effect as an expandable row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy handle value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HeadersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HeadersTab</name>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every head exactly as it was sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>── sent, hop %1, %n bytes ──</source>
        <translation>
            <numerusform>── sent, hop %1, %n byte ──</numerusform>
            <numerusform>── sent, hop %1, %n bytes ──</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>── received, hop %1, %n bytes ──</source>
        <translation>
            <numerusform>── received, hop %1, %n byte ──</numerusform>
            <numerusform>── received, hop %1, %n bytes ──</numerusform>
        </translation>
    </message>
    <message>
        <source>… (cut: more heads than the raw view shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryDatabase</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body was not read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick_check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is damaged and could not be moved aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was damaged (%2). It was moved to %3 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Hinterscope (schema %2; this one knows %3). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the exchange in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prune the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Final URL (after %n hop(s)): %2</source>
        <translation>
            <numerusform>%1
Final URL (after %n hop): %2</numerusform>
            <numerusform>%1
Final URL (after %n hops): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HistoryPane</name>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every exchange in the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search URL, method, headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1xx informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::HistorySettingsDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bytes of each response body kept with the exchange; 0 keeps none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body kept per exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many exchanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this much on disk:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HopLedgerModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL after (WINHTTP_OPTION_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::HttpTokens</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a method, such as GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value cannot contain %1: it would split the request head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::ImagePreview</name>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is shown when it has arrived completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to preview (%1); save it to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n frames (first shown)</source>
        <translation>
            <numerusform> · %n frame</numerusform>
            <numerusform> · %n frames (first shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::ImportDialog</name>
    <message>
        <source>the file is larger than 512 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Postman collection, HAR file, .http file or a file with a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste a curl command, .http requests, or Postman / HAR JSON here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or paste text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 variable(s); %3 item(s) in the report</source>
        <translation>
            <numerusform>%1: %n request, %2 variable(s); %3 item(s) in the report</numerusform>
            <numerusform>%1: %n requests, %2 variable(s); %3 item(s) in the report</numerusform>
        </translation>
    </message>
    <message>
        <source>Importable files (*.json *.har *.http *.rest *.txt *.sh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the collection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::ImportReportView</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::InterchangeActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman v2.1, HAR 1.2, a curl command line or a .http file as a new collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection as &amp;Postman v2.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection as .&amp;http File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response as &amp;HAR 1.2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a collection in the Collections pane to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Postman Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .http File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request first: HAR export writes the last response with its hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Response as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1; %n item(s) could not be carried over</source>
        <translation>
            <numerusform>Exported %1; %n item could not be carried over</numerusform>
            <numerusform>Exported %1; %n items could not be carried over</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1. Not carried over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a curl command ({{variables}} kept as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::JsonCheck</name>
    <message>
        <source>Empty: no JSON to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 (offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::KeyValueModel</name>
    <message>
        <source>Sent; uncheck to keep the row without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::LaneView</name>
    <message>
        <source>Ctrl+wheel zooms, Shift+wheel scrolls in time; click a mark to show its event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 body events (%2 bytes) between %3 and %4 ms
Data available, reads, writes and bytes on the wire, counted per %5 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of the selected handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s)</source>
        <translation>
            <numerusform>%n handle</numerusform>
            <numerusform>%n handles</numerusform>
        </translation>
    </message>
    <message>
        <source>handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::MainWindow</name>
    <message>
        <source>Hinterscope</source>
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
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Body As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hinterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hinterscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinterscope shows what WinHTTP does: handles, callbacks, headers, redirects and bodies, live.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Hinterscope starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 has no stored value in environment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of environment %1 are still being read; send again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection first: environments belong to a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal Secrets in Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Authorization, Cookie and Set-Cookie values unmasked in the trace of requests sent from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::MultipartModel</name>
    <message>
        <source>The part has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part name cannot contain CR, LF or NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain CR, LF or NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text/plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::OptionsPanel</name>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_FLAG_ASYNC in WinHttpOpen: calls return at once and results arrive as WINHTTP_CALLBACK_STATUS_* callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow, but not HTTPS → HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_REDIRECT_POLICY: which redirects WinHTTP follows by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS: hops followed before the request fails with ERROR_WINHTTP_REDIRECT_FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES: no cookie is stored or sent automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_REDIRECTS: every 3xx comes back as the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_AUTHENTICATION: no automatic answer to 401/407 challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_KEEP_ALIVE: a new connection per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_RESOLVE_TIMEOUT (WinHttpSetTimeouts): limit for the DNS lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_CONNECT_TIMEOUT: limit for the TCP connection (and TLS handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SEND_TIMEOUT: limit for each write of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_RECEIVE_TIMEOUT: limit for each read of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA: accept a certificate no trusted CA issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_CN_INVALID: accept a certificate for another host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_DATE_INVALID: accept an expired or not yet valid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE: accept a certificate not issued for server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brotli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_GZIP: ask for and decode gzip bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_DEFLATE: ask for and decode deflate bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_DECOMPRESSION, HINTERNET_DECOMPRESSION_FLAG_BROTLI (hinternet&apos;s extension): ask for and decode br bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2; none checked: the default set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3; none checked: the default set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_NO_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_DEFAULT_PROXY: http_proxy, https_proxy and no_proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_ACCESS_TYPE_NAMED_PROXY with the proxy and bypass list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpOpen&apos;s access type (WINHTTP_OPTION_PROXY): how requests reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port or http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_PROXY lpszProxy: the proxy every request goes through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;local&gt;; *.internal.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_OPTION_PROXY lpszProxyBypass: hosts reached directly, separated by “;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System trust store only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HINTERNET_OPTION_CA_FILE (hinternet&apos;s extension): PEM trust anchors added to the system store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinterscope&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpOpen&apos;s pszAgentW (WINHTTP_OPTION_USER_AGENT): the User-Agent header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::PagedTextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::PartKindDelegate</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::PlaygroundLauncher</name>
    <message>
        <source>Playground: %1 · %2 · CA SHA-256 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::RequestController</name>
    <message>
        <source>Unknown variable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::RequestTabs</name>
    <message>
        <source>&amp;New Request Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Request Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Request Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Request Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1 (read-only): saving asks where to put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to a file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on disk: saving creates the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on disk; saving creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the request: %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the request: %1 is open in another tab with unsaved changes. Save or close that tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the request. It is still open with its changes.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk; saving creates it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read, so the tab keeps its request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; its tab was not reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Other Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy File Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::ResponsePane</name>
    <message>
        <source>The body appears here as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final URL (WINHTTP_OPTION_URL): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL now (WINHTTP_OPTION_URL): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::ResponseSummaryBar</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response arrived, then the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first step of sending to the end of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body %1 as delivered (after decoding); headers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of body on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::RowTableView</name>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rows</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hinterscope::SecretStore</name>
    <message>
        <source>Secrets: asking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1 (mode 0600; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HINTERSCOPE_SECRETS=file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service: no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service: no D-Bus session bus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection has no id to keep secrets under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyring: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TemplateVariable</name>
    <message>
        <source>{{%1}} is not defined in the active environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TimelineModel</name>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TimelinePane</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the lanes in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the lanes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole trace into the lanes and keep fitting as events arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view while the table is scrolled to the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TimingModel</name>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TimingWaterfall</name>
    <message>
        <source>Hop %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused connection · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timing yet: send a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1 · %2: %3 (at %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TlsChainModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::TlsTab</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURE_FAILURE flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore flags in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy certificate as PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TLS request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on a pooled connection; its handshake was for another request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: every problem was waived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (X509 error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::UrlCheck</name>
    <message>
        <source>The scheme must be followed by “://”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address in brackets is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP cannot split this URL into scheme, host, port and path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL to send the request to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains a control character (CR, LF, NUL or TAB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be sent, not “%1://”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHTTP cannot read this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::category_style</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks on the way: resolving, connecting, sending, receiving, redirects; redirect decisions and timing marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions of asynchronous calls: SENDREQUEST_COMPLETE, HEADERS_AVAILABLE, DATA_AVAILABLE, READ_COMPLETE, WRITE_COMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST_ERROR and SECURE_FAILURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles created and closed, HANDLE_CREATED, HANDLE_CLOSING, options set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent, received and decoded; connections, TLS handshakes, cookies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::names</name>
    <message>
        <source>Looking up the IP address of the server name (the information is the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name was resolved (the information is the IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a TCP connection to the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP connection to the server is established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to write the request to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was written to the server (the information is the byte count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for and reading the server&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of the response were read from the server (the information is the byte count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HINTERNET handle was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle is being closed: the last callback it gets; its value may be reused afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a proxy server (auto-detection or a PAC script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is redirected and follows to a new URL (the information is the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interim 1xx response arrived before the final one (the information is its status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection failed verification (the information says which certificate checks failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpReceiveResponse completed: the response headers can be queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpQueryDataAvailable completed (the information is how many bytes can be read now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpReadData completed (the information is the byte count; 0 means the body ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpWriteData completed (the information is the byte count written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asynchronous call failed (the information names the call and the error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpSendRequest completed: the request is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpGetProxyForUrlEx completed: the proxy result can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket close handshake completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket shutdown (close frame sent) completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpGetProxySettingsEx completed: the settings can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing proxy settings completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading proxy settings completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status callback function installed on the handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long name resolution may take, in milliseconds (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long connecting to the server may take, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a connect is retried within the connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one write of the request may take, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one read of the response may wait, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the response headers, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle&apos;s type: session, connect or request (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle this one was opened from (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system error behind the last failure (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY_FLAG_IGNORE_* bits: which certificate problems are waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate&apos;s subject, issuer and validity (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s full URL, updated after each redirect (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher&apos;s key size in bits (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server and bypass list used by this handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User-Agent sent with requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s context value passed to its callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate offered to the server (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s priority (accepted, without effect here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP version requests use by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_DISABLE_* bits: cookies, redirects, authentication or keep-alive turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code page for URLs (accepted, UTF-8 is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections to one server may be open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections to one HTTP/1.0 server may be open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When default credentials may be sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_ENABLE_* bits: optional features turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of worker threads for asynchronous calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_FLAG_SECURE_PROTOCOL_* bits: which TLS versions may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which redirects are followed: never, all but HTTPS to HTTP (default), or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many redirects are followed before the request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many interim 1xx responses are accepted before the final one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest response head accepted, in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many body bytes are drained to reuse a connection after a redirect or an auth challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local and remote address of the request&apos;s connection (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether URLs with a user name and password are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application promises its callbacks never block (accepted, without effect here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_DECOMPRESSION_FLAG_* bits: which content encodings are decoded automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINHTTP_PROTOCOL_FLAG_* bits: HTTP/2 or HTTP/3 allowed (HTTP/1.1 is always used here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which HTTP version the response came over (query only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try IPv4 quickly when IPv6 is slow to connect (accepted, without effect here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not return the request&apos;s connection to the keep-alive pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never retry a failed TLS handshake with an older protocol version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TCP Fast Open (accepted, without effect here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS False Start (accepted, without effect here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for server authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for server authentication (never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for proxy authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for proxy authentication (never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine opened a handle (the information is what it was opened with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle is gone: HANDLE_CLOSING was delivered and nothing refers to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinHttpSetOption succeeded on the handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status callback to the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection (TCP, maybe TLS and a proxy tunnel) was opened for the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idle keep-alive connection from the pool was reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection was closed (the information says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake finished: protocol, cipher and the certificate check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw bytes written to the connection (request head and body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw bytes read from the connection, before transfer and content decoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body bytes after chunked and content decoding, as the application reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine decided about a response: follow a redirect, refuse it, or stop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timing point of the exchange (DNS, connect, TLS, first byte, complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Set-Cookie header was handed to the cookie jar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hinterscope::response::Texts</name>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout expired before the server answered (resolve, connect, send or receive timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred in the HTTP stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s scheme is neither http nor https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved to an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled: its handle was closed while an operation was in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not allowed in the handle&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made: the server refused it or is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset or closed by the server while in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has to be sent again (authentication or a closed keep-alive connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification; the SECURE_FAILURE flags say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed (no common protocol or cipher, or the peer aborted it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain ends in a CA that is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired or is not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not issued for this host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s revocation status could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is malformed or not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a client certificate and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response could not be parsed as HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested header was not in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect could not be followed (bad Location, too many redirects, or a scheme change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response had more headers than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response headers were larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk header of the chunked body was too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of an intermediate response was too large to drain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header the request was given is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WinHTTP support is being shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle is not valid (closed already?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the WinHTTP error reference for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation status could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain ends in an untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not name this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired or is not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not for server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS channel failed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A WinHTTP request inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the local playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the collection in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first shown window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
