<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/Application.cpp" line="+44" />
        <source>QA Desk: customer-service quality inspection</source>
        <translation>QA Desk：客服质检</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
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
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot open the database %1: it is not an SQLite database, or it is damaged.</source>
        <translation>无法打开数据库 %1：该文件不是 SQLite 数据库，或已损坏。</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+20" />
        <location line="+8" />
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/core/demo/DemoGenerator.cpp" line="+258" />
        <source>The database %1 already holds %2 interactions; demo data goes into an empty database.</source>
        <translation>数据库 %1 中已有 %2 条会话；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <location filename="../app/core/storage/EvaluationStore.cpp" line="+68" />
        <location line="+178" />
        <source>Evaluation %1 does not exist.</source>
        <translation>质检单 %1 不存在。</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Evaluation %1 was submitted or changed elsewhere; reopen it to see the current version.</source>
        <translation>质检单 %1 已在别处提交或修改；请重新打开以查看最新版本。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Evaluation %1 was already submitted or changed elsewhere.</source>
        <translation>质检单 %1 已在别处提交或修改。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/core/import/CsvInteractionParser.cpp" line="+28" />
        <source>the file is empty (expected a header row naming the columns)</source>
        <translation>文件为空（应有一行列名作为表头）</translation>
    </message>
    <message>
        <location line="+39" />
        <source>expected %1 fields as in the header, found %2</source>
        <translation>表头有 %1 个字段，但此行有 %2 个</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+77" />
        <source>the column '%1' appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <location line="-73" />
        <source>column '%1' is not a field of an interaction; ignored</source>
        <translation>列“%1”不是会话的字段，已忽略</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</source>
        <translation>表头缺少列 %1（必需列：external_id、started_at、agent_id）</translation>
    </message>
    <message>
        <location line="+52" />
        <source>column '%1' is not a field of a turn; ignored</source>
        <translation>列“%1”不是对话轮次的字段，已忽略</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the header lacks the column(s) %1 (required: external_id, speaker, text)</source>
        <translation>表头缺少列 %1（必需列：external_id、speaker、text）</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+366" />
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+174" />
        <source>external_id is required</source>
        <translation>external_id 为必填项</translation>
    </message>
    <message>
        <location filename="../app/core/import/CsvReader.cpp" line="+66" />
        <source>a quoted field is not closed (missing '"')</source>
        <translation>带引号的字段未闭合（缺少 '"'）</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unexpected text after a closing quote (expected '%1' or the end of the line)</source>
        <translation>右引号后有多余内容（应为 '%1' 或行尾）</translation>
    </message>
    <message>
        <location filename="../app/core/import/FieldRules.cpp" line="+99" />
        <source>'%1' is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>“%1”不是带 UTC 偏移的 ISO 8601 日期时间（示例：2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown channel '%1' (expected phone, chat, email or other)</source>
        <translation>未知渠道“%1”（应为 phone、chat、email 或 other）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)</source>
        <translation>未知类别“%1”（应为 consultation、complaint、after_sales、suggestion 或 other）</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</source>
        <translation>未知说话人“%1”（应为 agent、customer 或 system；坐席也可写作 客服、坐席、assistant、helpdesk，客户也可写作 客户、用户、user）</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected true or false (or 1/0, yes/no, 是/否), got '%1'</source>
        <translation>应为 true 或 false（或 1/0、yes/no、是/否），实际为“%1”</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>“%1”缺少时刻和 UTC 偏移（示例：2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+39" />
        <source>'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</source>
        <translation>“%1”缺少 UTC 偏移（示例：2024-03-05T09:15:02+08:00 或 …Z）</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'%1' has an impossible UTC offset</source>
        <translation>“%1”的 UTC 偏移不合理</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is not a real date and time</source>
        <translation>“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <location line="+13" />
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected a whole number from %1 to %2, got '%3'</source>
        <translation>应为 %1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>应为 ≥ 0 的秒数，实际为 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected a number of seconds ≥ 0, got '%1'</source>
        <translation>应为 ≥ 0 的秒数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a whole number of milliseconds ≥ 0, got %1</source>
        <translation>应为 ≥ 0 的整数毫秒数，实际为 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected a whole number of milliseconds ≥ 0, got '%1'</source>
        <translation>应为 ≥ 0 的整数毫秒数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+83" />
        <source>end_ms (%1) is before start_ms (%2)</source>
        <translation>end_ms（%1）早于 start_ms（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/import/FileImport.cpp" line="+47" />
        <source>more warnings not shown</source>
        <translation>更多警告未显示</translation>
    </message>
    <message>
        <location line="+37" />
        <source>recording not found: %1 (stored anyway)</source>
        <translation>未找到录音：%1（已照常保存）</translation>
    </message>
    <message>
        <location line="+52" />
        <source>no interaction with external_id '%1' exists; import the interactions first (or in the same batch)</source>
        <translation>不存在 external_id 为“%1”的会话；请先导入会话（或在同一批次中导入）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no agent_id in the file's header and no interaction '%1' in the database: the agent is recorded as 'unknown'</source>
        <translation>文件头中没有 agent_id，数据库中也没有会话“%1”：坐席记为 'unknown'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no started_at in the file's header: the file's modification time %1 is used</source>
        <translation>文件头中没有 started_at：改用文件修改时间 %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+83" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+58" />
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file holds no interactions</source>
        <translation>文件中没有会话</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="-10" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+30" />
        <location line="+13" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="+60" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.h" line="-75" />
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="-349" />
        <location line="+44" />
        <source>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</source>
        <translation>无效的 UTF-8（字节 0x%1）；JSON 必须使用 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected text after the record (JSON Lines holds one object a line)</source>
        <translation>记录后有多余内容（JSON Lines 每行只能有一个对象）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the line ends before the record is complete: %1</source>
        <translation>该行结束时记录仍不完整：%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty (expected a JSON object, an array of them, or JSON Lines)</source>
        <translation>文件为空（应为一个 JSON 对象、由 JSON 对象组成的数组或 JSON Lines）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected a JSON object, an array of interaction objects, or JSON Lines</source>
        <translation>应为一个 JSON 对象、由会话对象组成的数组或 JSON Lines</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the array of interactions is not closed with ']'</source>
        <translation>会话数组未以 ']' 闭合</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected ',' or ']' after an interaction</source>
        <translation>会话后应为 ',' 或 ']'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unexpected text after the interaction object</source>
        <translation>会话对象后有多余内容</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected text after the closing ']'</source>
        <translation>右方括号 ']' 后有多余内容</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</source>
        <translation>从此行开始的记录尚未完整，文件就已结束（文件可能被截断：第 %2 行，%1）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the file is truncated: %1</source>
        <translation>文件被截断：%1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>unknown field '%1' ignored (first seen here)</source>
        <translation>已忽略未知字段“%1”（首次出现于此处）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected an interaction object {…}, found %1</source>
        <translation>应为会话对象 {…}，实际为 %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ISO 8601 text with a UTC offset, e.g. "2024-03-05T09:15:02+08:00"</source>
        <translation>带 UTC 偏移的 ISO 8601 文本，例如 "2024-03-05T09:15:02+08:00"</translation>
    </message>
    <message>
        <location line="+93" />
        <source>an array of turns</source>
        <translation>对话轮次数组</translation>
    </message>
    <message>
        <location line="+13" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. "2024-03-05T09:15:02+08:00")</source>
        <translation>started_at 为必填项（带 UTC 偏移的 ISO 8601 格式，例如 "2024-03-05T09:15:02+08:00"）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>agent.id is required</source>
        <translation>agent.id 为必填项</translation>
    </message>
    <message>
        <location line="+49" />
        <source>speaker is required</source>
        <translation>speaker 为必填项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text is required</source>
        <translation>text 为必填项</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonReader.cpp" line="+86" />
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected end of input where a value was expected</source>
        <translation>输入意外结束，此处应有一个值</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+8" />
        <location line="+20" />
        <source>unexpected end of input inside an object</source>
        <translation>输入在对象内部意外结束</translation>
    </message>
    <message>
        <location line="-25" />
        <source>expected a member name in double quotes</source>
        <translation>应为用双引号括起的成员名</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected ':' after the member name</source>
        <translation>成员名后应为 ':'</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unexpected end of input inside an array</source>
        <translation>输入在数组内部意外结束</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected ',' or '}' after an object member</source>
        <translation>对象成员后应为 ',' 或 '}'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected ',' or ']' after an array element</source>
        <translation>数组元素后应为 ',' 或 ']'</translation>
    </message>
    <message>
        <location line="+23" />
        <source>unexpected end of input inside '%1'</source>
        <translation>输入在“%1”内部意外结束</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>expected a value (an object, array, string, number, true, false or null)</source>
        <translation>应为一个值（对象、数组、字符串、数字、true、false 或 null）</translation>
    </message>
    <message>
        <location line="-2" />
        <source>strings must be in double quotes</source>
        <translation>字符串必须用双引号括起</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected end of input inside a \u escape</source>
        <translation>输入在 \u 转义序列内部意外结束</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>\u 转义序列需要四位十六进制数字</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+11" />
        <source>unexpected end of input inside a string</source>
        <translation>输入在字符串内部意外结束</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <location line="+4" />
        <source>unpaired surrogate in a \u escape</source>
        <translation>\u 转义序列中有未配对的代理项</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid escape '\%1' in a string</source>
        <translation>字符串中有无效的转义序列 '\%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a string is not closed before the end of the line</source>
        <translation>字符串在行尾前未闭合</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control character in a string (escape it)</source>
        <translation>字符串中有控制字符（请转义）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <location line="+5" />
        <source>invalid number: digits must follow the decimal point</source>
        <translation>无效的数字：小数点后必须有数字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>invalid number: digits must follow the exponent</source>
        <translation>无效的数字：指数部分必须有数字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <location filename="../app/core/import/PlainTextTranscriptParser.cpp" line="+83" />
        <source>impossible time '%1' (expected [hh:mm:ss] or [mm:ss])</source>
        <translation>无效时间“%1”（应为 [hh:mm:ss] 或 [mm:ss]）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no turns found: no line names a known speaker (expected lines like '客服：text' or '[00:00:03] 客户: text')</source>
        <translation>未找到对话轮次：没有任何一行标明已知说话人（应为类似 '客服：text' 或 '[00:00:03] 客户: text' 的行）</translation>
    </message>
    <message>
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+4" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>started_at 为必填项（带 UTC 偏移的 ISO 8601 格式，例如 2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</source>
        <translation>坐席 ID 为必填项（JSON 中为 agent.id，CSV 和文件头中为 agent_id）</translation>
    </message>
    <message>
        <location filename="../app/core/import/SrtParser.cpp" line="+63" />
        <source>expected a subtitle time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm', found '%1'</source>
        <translation>应为字幕时间行 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm'，实际为“%1”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the subtitle ends before it starts</source>
        <translation>字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no subtitles with a known speaker found (expected text like '客服: …' in the cues)</source>
        <translation>未找到带已知说话人的字幕（字幕内容应类似 '客服: …'）</translation>
    </message>
    <message>
        <location filename="../app/core/import/TextDecoder.cpp" line="+25" />
        <source>binary data (control character U+%1): this is not a text file</source>
        <translation>二进制数据（控制字符 U+%1）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+36" />
        <source>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</source>
        <translation>标记为 UTF-8 的文件中有无效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>invalid UTF-16 text</source>
        <translation>无效的 UTF-16 文本</translation>
    </message>
    <message>
        <location line="+9" />
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>二进制数据（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the text is neither UTF-8 nor GB18030 (byte %1)</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码（字节 %1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid UTF-8 (byte %1); save the file as UTF-8</source>
        <translation>无效的 UTF-8（字节 %1）；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../app/core/import/TranscriptBuilder.cpp" line="+156" />
        <source>no known speaker on this line before the first turn; skipped</source>
        <translation>第一个对话轮次之前的这一行没有已知说话人；已跳过</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+49" />
        <source>'%1' is not a known speaker; the line is taken as text of the previous speaker</source>
        <translation>“%1”不是已知说话人；该行视为上一位说话人的内容</translation>
    </message>
    <message>
        <location line="+19" />
        <source>; speakers seen that are not known: %1</source>
        <translation>；出现的未知说话人：%1</translation>
    </message>
    <message>
        <location filename="../app/core/import/WebVttParser.cpp" line="+28" />
        <source>expected 'WEBVTT' on the first line of a WebVTT file</source>
        <translation>WebVTT 文件的第一行应为 'WEBVTT'</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt' after '%1'</source>
        <translation>“%1”之后应为字幕时间行 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt'</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt', found '%1'</source>
        <translation>应为字幕时间行 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt'，实际为“%1”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the cue ends before it starts</source>
        <translation>字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or '客服: ' labels)</source>
        <translation>未找到带已知说话人的字幕（字幕应带有 &lt;v 客服&gt; 语音标签或 '客服: ' 前缀）</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <location filename="../app/core/scoring/RubricLoader.cpp" line="+72" />
        <source>not a QA Desk rubric: expected "format": "%1" (found "%2")</source>
        <translation>不是 QA Desk 评分标准：应为 "format": "%1"（实际为 "%2"）</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+158" />
        <source>dimension %1</source>
        <translation>第 %1 个维度</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+150" />
        <source>dimension "%1"</source>
        <translation>维度 "%1"</translation>
    </message>
    <message>
        <location line="-144" />
        <source>%1, level entry %2</source>
        <translation>%1，第 %2 个档位条目</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+321" />
        <source>%1, level %2</source>
        <translation>%1，档位 %2</translation>
    </message>
    <message>
        <location line="-304" />
        <location line="+318" />
        <source>checklist step %1</source>
        <translation>第 %1 个服务流程步骤</translation>
    </message>
    <message>
        <location line="-307" />
        <location line="+310" />
        <source>critical item %1</source>
        <translation>第 %1 个一票否决项</translation>
    </message>
    <message>
        <location line="-300" />
        <location line="+308" />
        <source>grade band %1</source>
        <translation>第 %1 个等级区间</translation>
    </message>
    <message>
        <location line="-291" />
        <location line="+31" />
        <location line="+24" />
        <source>"%1" is missing</source>
        <translation>缺少 "%1"</translation>
    </message>
    <message>
        <location line="-50" />
        <source>"%1" must be a string</source>
        <translation>"%1" 必须是字符串</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" must be an object {"zh": "…", "en": "…"}</source>
        <translation>"%1" 必须是对象 {"zh": "…", "en": "…"}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" must be a number</source>
        <translation>"%1" 必须是数字</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"level" must be a whole number from 1 to 5 (found %1)</source>
        <translation>"level" 必须是 1 到 5 的整数（实际为 %1）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" must be an array</source>
        <translation>"%1" 必须是数组</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the key "%1" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</source>
        <translation>键 "%1" 无效：必须以小写字母开头，且只能包含 a-z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the key appears twice; keys must be unique</source>
        <translation>键重复；键必须唯一</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+128" />
        <source>the name is missing (give "zh", "en" or both)</source>
        <translation>缺少名称（请提供 "zh"、"en" 或两者）</translation>
    </message>
    <message>
        <location line="-114" />
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 语法错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a rubric must be a JSON object</source>
        <translation>评分标准必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot read the rubric file %1: %2</source>
        <translation>无法读取评分标准文件 %1：%2</translation>
    </message>
    <message>
        <location line="+76" />
        <source>the rubric has no name (give "zh", "en" or both)</source>
        <translation>评分标准没有名称（请提供 "zh"、"en" 或两者）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the rubric has no dimensions; it needs at least one</source>
        <translation>评分标准没有维度；至少需要一个</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the key appears twice; dimension keys must be unique</source>
        <translation>键重复；维度键必须唯一</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the weight must be a number greater than 0 (found %1)</source>
        <translation>权重必须是大于 0 的数字（实际为 %1）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</source>
        <translation>必须恰好有 1 到 5 五个档位，每个档位各出现一次（实际档位：%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the description is missing in Chinese ("zh")</source>
        <translation>缺少中文描述（"zh"）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the description is missing in English ("en")</source>
        <translation>缺少英文描述（"en"）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>checklist step "%1"</source>
        <translation>服务流程步骤 "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>critical item "%1"</source>
        <translation>一票否决项 "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the rubric has no grade bands; it needs at least one</source>
        <translation>评分标准没有等级区间；至少需要一个</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <location line="+21" />
        <source>grade band "%1"</source>
        <translation>等级区间 "%1"</translation>
    </message>
    <message>
        <location line="-19" />
        <source>"min_score" must be a finite number</source>
        <translation>"min_score" 必须是有限数值</translation>
    </message>
    <message>
        <location line="+6" />
        <source>grade bands must be ordered by "min_score", highest first</source>
        <translation>等级区间必须按 "min_score" 从高到低排列</translation>
    </message>
    <message>
        <location line="+5" />
        <source>has the same "min_score" (%1) as grade band "%2"</source>
        <translation>与等级区间 "%2" 的 "min_score"（%1）相同</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</source>
        <translation>最低等级区间从 %1 开始；必须从 0 或更低开始，才能保证每个分数都有对应等级</translation>
    </message>
</context>
<context>
    <name>RubricStore</name>
    <message>
        <location filename="../app/core/storage/RubricStore.cpp" line="+20" />
        <source>The database did not report the id of a new row</source>
        <translation>数据库未返回新行的 ID</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+75" />
        <source>Rubric version %1 does not exist</source>
        <translation>评分标准版本 %1 不存在</translation>
    </message>
    <message>
        <location line="-72" />
        <source>rubric version %1</source>
        <translation>评分标准版本 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>rubric "%1"</source>
        <translation>评分标准 "%1"</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../app/core/storage/Schema.cpp" line="+94" />
        <source>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</source>
        <translation>数据库 %1 的数据库结构版本为 %2，高于当前 QA Desk 支持的版本（%3）。请升级 QA Desk 后再打开。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot read the migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
</context>
<context>
    <name>ScoreCalculator</name>
    <message>
        <location filename="../app/core/scoring/ScoreCalculator.cpp" line="+36" />
        <source>Expected %1 dimension scores for the rubric %2, got %3</source>
        <translation>评分标准 %2 需要 %1 个维度得分，实际为 %3 个</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The score of %1 must be 1 to 5, not %2</source>
        <translation>%1 的得分必须为 1 到 5，而不是 %2</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+55" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</source>
        <translation>导入会话和对话记录：JSON、JSON Lines、CSV、WebVTT、SRT 或文本</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Mask Personal Numbers on Import</source>
        <translation>导入时对个人号码脱敏(&amp;M)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</source>
        <translation>手机号、身份证号和银行卡号脱敏后存储，例如 138****5678</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Import Interactions</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</source>
        <translation>会话文件 (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancelling: rolling back the file in progress…</source>
        <translation>正在取消：回滚正在导入的文件…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing file %1 of %2: %3
%L4 records read</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：%3
已读取 %L4 条记录</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportFileModel</name>
    <message>
        <location filename="../ui/import/ImportFileModel.cpp" line="+54" />
        <source>Cancelled, nothing kept</source>
        <translation>已取消，未保留任何内容</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rejected, nothing kept</source>
        <translation>已拒绝，未保留任何内容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid (dry run)</source>
        <translation>有效（试运行）</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+24" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="-6" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicates</source>
        <translation>重复数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turns</source>
        <translation>轮次数</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/ImportIssueModel.cpp" line="+57" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+15" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/import/ImportResultDialog.cpp" line="+41" />
        <source>Import check</source>
        <translation>导入检查</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy Problems</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</source>
        <translation>将导入 %L1 个会话，跳过 %L2 个重复项。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</source>
        <translation>已导入 %L1 个会话（共 %L2 个对话轮次）；已跳过 %L3 个重复项。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</source>
        <translation>
            <numerusform>%n 个文件中有 %1 个被拒绝：这些文件的内容均未保留。问题列于下方。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled: the file in progress was rolled back; the files finished before it were kept.</source>
        <translation>已取消：正在导入的文件已回滚；之前已完成的文件已保留。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About QA Desk</source>
        <translation>关于 QA Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%L1 interactions · %L2 transcripts · %L3 evaluations</source>
        <translation>%L1 条会话 · %L2 份对话记录 · %L3 份质检单</translation>
    </message>
    <message>
        <location line="+5" />
        <source>counts unavailable</source>
        <translation>无法获取数量</translation>
    </message>
    <message>
        <location line="+30" />
        <source>About QA Desk</source>
        <translation>关于 QA Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;客服质检：依据六维度评分标准为对话记录评分，并跟踪服务 KPI。&lt;/p&gt;</translation>
    </message>
</context>
</TS>