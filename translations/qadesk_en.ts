<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/Application.cpp" line="+44" />
        <source>QA Desk: customer-service quality inspection</source>
        <translation>QA Desk: customer-service quality inspection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/core/storage/Connection.cpp" line="+33" />
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create the database file %1: %2</source>
        <translation>Cannot create the database file %1: %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot open the database %1: it is not an SQLite database, or it is damaged.</source>
        <translation>Cannot open the database %1: it is not an SQLite database, or it is damaged.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+20" />
        <location line="+8" />
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/core/demo/DemoGenerator.cpp" line="+258" />
        <source>The database %1 already holds %2 interactions; demo data goes into an empty database.</source>
        <translation>The database %1 already holds %2 interactions; demo data goes into an empty database.</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <location filename="../app/core/storage/EvaluationStore.cpp" line="+68" />
        <location line="+178" />
        <source>Evaluation %1 does not exist.</source>
        <translation>Evaluation %1 does not exist.</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Evaluation %1 was submitted or changed elsewhere; reopen it to see the current version.</source>
        <translation>Evaluation %1 was submitted or changed elsewhere; reopen it to see the current version.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Evaluation %1 was already submitted or changed elsewhere.</source>
        <translation>Evaluation %1 was already submitted or changed elsewhere.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/core/import/CsvInteractionParser.cpp" line="+28" />
        <source>the file is empty (expected a header row naming the columns)</source>
        <translation>the file is empty (expected a header row naming the columns)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+77" />
        <source>the column '%1' appears twice</source>
        <translation>the column '%1' appears twice</translation>
    </message>
    <message>
        <location line="-73" />
        <source>column '%1' is not a field of an interaction; ignored</source>
        <translation>column '%1' is not a field of an interaction; ignored</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</source>
        <translation>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>column '%1' is not a field of a turn; ignored</source>
        <translation>column '%1' is not a field of a turn; ignored</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the header lacks the column(s) %1 (required: external_id, speaker, text)</source>
        <translation>the header lacks the column(s) %1 (required: external_id, speaker, text)</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+366" />
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+174" />
        <source>external_id is required</source>
        <translation>external_id is required</translation>
    </message>
    <message>
        <location filename="../app/core/import/CsvReader.cpp" line="+66" />
        <source>a quoted field is not closed (missing '"')</source>
        <translation>a quoted field is not closed (missing '"')</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unexpected text after a closing quote (expected '%1' or the end of the line)</source>
        <translation>unexpected text after a closing quote (expected '%1' or the end of the line)</translation>
    </message>
    <message>
        <location filename="../app/core/import/FieldRules.cpp" line="+99" />
        <source>'%1' is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>'%1' is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown channel '%1' (expected phone, chat, email or other)</source>
        <translation>unknown channel '%1' (expected phone, chat, email or other)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)</source>
        <translation>unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</source>
        <translation>unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected true or false (or 1/0, yes/no, 是/否), got '%1'</source>
        <translation>expected true or false (or 1/0, yes/no, 是/否), got '%1'</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</source>
        <translation>'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'%1' has an impossible UTC offset</source>
        <translation>'%1' has an impossible UTC offset</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is not a real date and time</source>
        <translation>'%1' is not a real date and time</translation>
    </message>
    <message>
        <location line="+13" />
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>expected a whole number from %1 to %2, got %3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected a whole number from %1 to %2, got '%3'</source>
        <translation>expected a whole number from %1 to %2, got '%3'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>expected a number of seconds ≥ 0, got %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected a number of seconds ≥ 0, got '%1'</source>
        <translation>expected a number of seconds ≥ 0, got '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a whole number of milliseconds ≥ 0, got %1</source>
        <translation>expected a whole number of milliseconds ≥ 0, got %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a whole number of milliseconds ≥ 0, got '%1'</source>
        <translation>expected a whole number of milliseconds ≥ 0, got '%1'</translation>
    </message>
    <message>
        <location line="+83" />
        <source>end_ms (%1) is before start_ms (%2)</source>
        <translation>end_ms (%1) is before start_ms (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/import/FileImport.cpp" line="+47" />
        <source>more warnings not shown</source>
        <translation>more warnings not shown</translation>
    </message>
    <message>
        <location line="+37" />
        <source>recording not found: %1 (stored anyway)</source>
        <translation>recording not found: %1 (stored anyway)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>no interaction with external_id '%1' exists; import the interactions first (or in the same batch)</source>
        <translation>no interaction with external_id '%1' exists; import the interactions first (or in the same batch)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no agent_id in the file's header and no interaction '%1' in the database: the agent is recorded as 'unknown'</source>
        <translation>no agent_id in the file's header and no interaction '%1' in the database: the agent is recorded as 'unknown'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no started_at in the file's header: the file's modification time %1 is used</source>
        <translation>no started_at in the file's header: the file's modification time %1 is used</translation>
    </message>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+83" />
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+58" />
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file holds no interactions</source>
        <translation>the file holds no interactions</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.cpp" line="+9" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+3" />
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="+54" />
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="-10" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+30" />
        <location line="+13" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="+60" />
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.h" line="-75" />
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="-349" />
        <location line="+44" />
        <source>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected text after the record (JSON Lines holds one object a line)</source>
        <translation>unexpected text after the record (JSON Lines holds one object a line)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the line ends before the record is complete: %1</source>
        <translation>the line ends before the record is complete: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty (expected a JSON object, an array of them, or JSON Lines)</source>
        <translation>the file is empty (expected a JSON object, an array of them, or JSON Lines)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected a JSON object, an array of interaction objects, or JSON Lines</source>
        <translation>expected a JSON object, an array of interaction objects, or JSON Lines</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the array of interactions is not closed with ']'</source>
        <translation>the array of interactions is not closed with ']'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected ',' or ']' after an interaction</source>
        <translation>expected ',' or ']' after an interaction</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unexpected text after the interaction object</source>
        <translation>unexpected text after the interaction object</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected text after the closing ']'</source>
        <translation>unexpected text after the closing ']'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</source>
        <translation>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the file is truncated: %1</source>
        <translation>the file is truncated: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>unknown field '%1' ignored (first seen here)</source>
        <translation>unknown field '%1' ignored (first seen here)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected an interaction object {…}, found %1</source>
        <translation>expected an interaction object {…}, found %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ISO 8601 text with a UTC offset, e.g. "2024-03-05T09:15:02+08:00"</source>
        <translation>ISO 8601 text with a UTC offset, e.g. "2024-03-05T09:15:02+08:00"</translation>
    </message>
    <message>
        <location line="+93" />
        <source>an array of turns</source>
        <translation>an array of turns</translation>
    </message>
    <message>
        <location line="+13" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. "2024-03-05T09:15:02+08:00")</source>
        <translation>started_at is required (ISO 8601 with a UTC offset, e.g. "2024-03-05T09:15:02+08:00")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>agent.id is required</source>
        <translation>agent.id is required</translation>
    </message>
    <message>
        <location line="+49" />
        <source>speaker is required</source>
        <translation>speaker is required</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text is required</source>
        <translation>text is required</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonReader.cpp" line="+86" />
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected end of input where a value was expected</source>
        <translation>unexpected end of input where a value was expected</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+8" />
        <location line="+20" />
        <source>unexpected end of input inside an object</source>
        <translation>unexpected end of input inside an object</translation>
    </message>
    <message>
        <location line="-25" />
        <source>expected a member name in double quotes</source>
        <translation>expected a member name in double quotes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected ':' after the member name</source>
        <translation>expected ':' after the member name</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unexpected end of input inside an array</source>
        <translation>unexpected end of input inside an array</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected ',' or '}' after an object member</source>
        <translation>expected ',' or '}' after an object member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected ',' or ']' after an array element</source>
        <translation>expected ',' or ']' after an array element</translation>
    </message>
    <message>
        <location line="+23" />
        <source>unexpected end of input inside '%1'</source>
        <translation>unexpected end of input inside '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>expected a value (an object, array, string, number, true, false or null)</source>
        <translation>expected a value (an object, array, string, number, true, false or null)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>strings must be in double quotes</source>
        <translation>strings must be in double quotes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected end of input inside a \u escape</source>
        <translation>unexpected end of input inside a \u escape</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>a \u escape needs four hexadecimal digits</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+11" />
        <source>unexpected end of input inside a string</source>
        <translation>unexpected end of input inside a string</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <location line="+4" />
        <source>unpaired surrogate in a \u escape</source>
        <translation>unpaired surrogate in a \u escape</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid escape '\%1' in a string</source>
        <translation>invalid escape '\%1' in a string</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a string is not closed before the end of the line</source>
        <translation>a string is not closed before the end of the line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control character in a string (escape it)</source>
        <translation>control character in a string (escape it)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>invalid number: digits must follow the decimal point</source>
        <translation>invalid number: digits must follow the decimal point</translation>
    </message>
    <message>
        <location line="+9" />
        <source>invalid number: digits must follow the exponent</source>
        <translation>invalid number: digits must follow the exponent</translation>
    </message>
    <message>
        <location line="+9" />
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <location filename="../app/core/import/PlainTextTranscriptParser.cpp" line="+83" />
        <source>impossible time '%1' (expected [hh:mm:ss] or [mm:ss])</source>
        <translation>impossible time '%1' (expected [hh:mm:ss] or [mm:ss])</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no turns found: no line names a known speaker (expected lines like '客服：text' or '[00:00:03] 客户: text')</source>
        <translation>no turns found: no line names a known speaker (expected lines like '客服：text' or '[00:00:03] 客户: text')</translation>
    </message>
    <message>
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+4" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</source>
        <translation>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</translation>
    </message>
    <message>
        <location filename="../app/core/import/SrtParser.cpp" line="+63" />
        <source>expected a subtitle time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm', found '%1'</source>
        <translation>expected a subtitle time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm', found '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the subtitle ends before it starts</source>
        <translation>the subtitle ends before it starts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no subtitles with a known speaker found (expected text like '客服: …' in the cues)</source>
        <translation>no subtitles with a known speaker found (expected text like '客服: …' in the cues)</translation>
    </message>
    <message>
        <location filename="../app/core/import/TextDecoder.cpp" line="+25" />
        <source>binary data (control character U+%1): this is not a text file</source>
        <translation>binary data (control character U+%1): this is not a text file</translation>
    </message>
    <message>
        <location line="+36" />
        <source>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</translation>
    </message>
    <message>
        <location line="+11" />
        <source>invalid UTF-16 text</source>
        <translation>invalid UTF-16 text</translation>
    </message>
    <message>
        <location line="+9" />
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>binary data (a NUL byte): this is not a text file</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the text is neither UTF-8 nor GB18030 (byte %1)</source>
        <translation>the text is neither UTF-8 nor GB18030 (byte %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid UTF-8 (byte %1); save the file as UTF-8</source>
        <translation>invalid UTF-8 (byte %1); save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/import/TranscriptBuilder.cpp" line="+156" />
        <source>no known speaker on this line before the first turn; skipped</source>
        <translation>no known speaker on this line before the first turn; skipped</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+49" />
        <source>'%1' is not a known speaker; the line is taken as text of the previous speaker</source>
        <translation>'%1' is not a known speaker; the line is taken as text of the previous speaker</translation>
    </message>
    <message>
        <location line="+19" />
        <source>; speakers seen that are not known: %1</source>
        <translation>; speakers seen that are not known: %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/WebVttParser.cpp" line="+28" />
        <source>expected 'WEBVTT' on the first line of a WebVTT file</source>
        <translation>expected 'WEBVTT' on the first line of a WebVTT file</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt' after '%1'</source>
        <translation>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt' after '%1'</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt', found '%1'</source>
        <translation>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt', found '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the cue ends before it starts</source>
        <translation>the cue ends before it starts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or '客服: ' labels)</source>
        <translation>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or '客服: ' labels)</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <location filename="../app/core/scoring/RubricLoader.cpp" line="+72" />
        <source>not a QA Desk rubric: expected "format": "%1" (found "%2")</source>
        <translation>not a QA Desk rubric: expected "format": "%1" (found "%2")</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+158" />
        <source>dimension %1</source>
        <translation>dimension %1</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+150" />
        <source>dimension "%1"</source>
        <translation>dimension "%1"</translation>
    </message>
    <message>
        <location line="-144" />
        <source>%1, level entry %2</source>
        <translation>%1, level entry %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+321" />
        <source>%1, level %2</source>
        <translation>%1, level %2</translation>
    </message>
    <message>
        <location line="-304" />
        <location line="+318" />
        <source>checklist step %1</source>
        <translation>checklist step %1</translation>
    </message>
    <message>
        <location line="-307" />
        <location line="+310" />
        <source>critical item %1</source>
        <translation>critical item %1</translation>
    </message>
    <message>
        <location line="-300" />
        <location line="+308" />
        <source>grade band %1</source>
        <translation>grade band %1</translation>
    </message>
    <message>
        <location line="-291" />
        <location line="+31" />
        <location line="+24" />
        <source>"%1" is missing</source>
        <translation>"%1" is missing</translation>
    </message>
    <message>
        <location line="-50" />
        <source>"%1" must be a string</source>
        <translation>"%1" must be a string</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" must be an object {"zh": "…", "en": "…"}</source>
        <translation>"%1" must be an object {"zh": "…", "en": "…"}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" must be a number</source>
        <translation>"%1" must be a number</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"level" must be a whole number from 1 to 5 (found %1)</source>
        <translation>"level" must be a whole number from 1 to 5 (found %1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" must be an array</source>
        <translation>"%1" must be an array</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the key "%1" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</source>
        <translation>the key "%1" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the key appears twice; keys must be unique</source>
        <translation>the key appears twice; keys must be unique</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+128" />
        <source>the name is missing (give "zh", "en" or both)</source>
        <translation>the name is missing (give "zh", "en" or both)</translation>
    </message>
    <message>
        <location line="-114" />
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON syntax error at line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a rubric must be a JSON object</source>
        <translation>a rubric must be a JSON object</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot read the rubric file %1: %2</source>
        <translation>Cannot read the rubric file %1: %2</translation>
    </message>
    <message>
        <location line="+76" />
        <source>the rubric has no name (give "zh", "en" or both)</source>
        <translation>the rubric has no name (give "zh", "en" or both)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the rubric has no dimensions; it needs at least one</source>
        <translation>the rubric has no dimensions; it needs at least one</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the key appears twice; dimension keys must be unique</source>
        <translation>the key appears twice; dimension keys must be unique</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the weight must be a number greater than 0 (found %1)</source>
        <translation>the weight must be a number greater than 0 (found %1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</source>
        <translation>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the description is missing in Chinese ("zh")</source>
        <translation>the description is missing in Chinese ("zh")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the description is missing in English ("en")</source>
        <translation>the description is missing in English ("en")</translation>
    </message>
    <message>
        <location line="+6" />
        <source>checklist step "%1"</source>
        <translation>checklist step "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>critical item "%1"</source>
        <translation>critical item "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the rubric has no grade bands; it needs at least one</source>
        <translation>the rubric has no grade bands; it needs at least one</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <location line="+21" />
        <source>grade band "%1"</source>
        <translation>grade band "%1"</translation>
    </message>
    <message>
        <location line="-19" />
        <source>"min_score" must be a finite number</source>
        <translation>"min_score" must be a finite number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>grade bands must be ordered by "min_score", highest first</source>
        <translation>grade bands must be ordered by "min_score", highest first</translation>
    </message>
    <message>
        <location line="+5" />
        <source>has the same "min_score" (%1) as grade band "%2"</source>
        <translation>has the same "min_score" (%1) as grade band "%2"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</source>
        <translation>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</translation>
    </message>
</context>
<context>
    <name>RubricStore</name>
    <message>
        <location filename="../app/core/storage/RubricStore.cpp" line="+20" />
        <source>The database did not report the id of a new row</source>
        <translation>The database did not report the id of a new row</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+75" />
        <source>Rubric version %1 does not exist</source>
        <translation>Rubric version %1 does not exist</translation>
    </message>
    <message>
        <location line="-72" />
        <source>rubric version %1</source>
        <translation>rubric version %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>rubric "%1"</source>
        <translation>rubric "%1"</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../app/core/storage/Schema.cpp" line="+94" />
        <source>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</source>
        <translation>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot read the migration %1</source>
        <translation>Cannot read the migration %1</translation>
    </message>
</context>
<context>
    <name>ScoreCalculator</name>
    <message>
        <location filename="../app/core/scoring/ScoreCalculator.cpp" line="+36" />
        <source>Expected %1 dimension scores for the rubric %2, got %3</source>
        <translation>Expected %1 dimension scores for the rubric %2, got %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The score of %1 must be 1 to 5, not %2</source>
        <translation>The score of %1 must be 1 to 5, not %2</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+55" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</source>
        <translation>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Mask Personal Numbers on Import</source>
        <translation>&amp;Mask Personal Numbers on Import</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</source>
        <translation>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Import Interactions</source>
        <translation>Import Interactions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</source>
        <translation>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancelling: rolling back the file in progress…</source>
        <translation>Cancelling: rolling back the file in progress…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing file %1 of %2: %3
%L4 records read</source>
        <translation>Importing file %1 of %2: %3
%L4 records read</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportFileModel</name>
    <message>
        <location filename="../ui/import/ImportFileModel.cpp" line="+54" />
        <source>Cancelled, nothing kept</source>
        <translation>Cancelled, nothing kept</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rejected, nothing kept</source>
        <translation>Rejected, nothing kept</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid (dry run)</source>
        <translation>Valid (dry run)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+24" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="-6" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/ImportIssueModel.cpp" line="+57" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+15" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/import/ImportResultDialog.cpp" line="+41" />
        <source>Import check</source>
        <translation>Import check</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy Problems</source>
        <translation>Copy Problems</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</source>
        <translation>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</source>
        <translation>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</source>
        <translation>
            <numerusform>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</numerusform>
            <numerusform>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled: the file in progress was rolled back; the files finished before it were kept.</source>
        <translation>Cancelled: the file in progress was rolled back; the files finished before it were kept.</translation>
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+26" />
        <source>QA Desk — %1</source>
        <translation>QA Desk — %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About QA Desk</source>
        <translation>&amp;About QA Desk</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%L1 interactions · %L2 transcripts · %L3 evaluations</source>
        <translation>%L1 interactions · %L2 transcripts · %L3 evaluations</translation>
    </message>
    <message>
        <location line="+5" />
        <source>counts unavailable</source>
        <translation>counts unavailable</translation>
    </message>
    <message>
        <location line="+30" />
        <source>About QA Desk</source>
        <translation>About QA Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</translation>
    </message>
</context>
</TS>