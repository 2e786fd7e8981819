return {
  id = "secrets.odbc-connection-password",
  title = "ODBC connection string with password (PWD=)",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[An ODBC connection string (`DSN=…` or `DRIVER=…`, as passed to `SQLDriverConnect`, pyodbc, RODBC, PHP's odbc_connect or a `.dsn` file) that carries the database password in its `PWD` keyword: direct access to the database with that user's rights.

**Fix:** Change the database user's password and review its connection history; then have the application build the connection string at run time with `PWD` read from a secret store, or use integrated / managed-identity authentication (`Trusted_Connection=yes`) so that no password is needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/sql/odbc/reference/syntax/sqldriverconnect-function",
    "https://learn.microsoft.com/en-us/sql/odbc/reference/develop-app/driver-specific-connection-information",
  },
  -- SQLDriverConnect's connection-string grammar: keyword=value pairs separated by ';', DSN / FILEDSN / DRIVER first,
  -- UID and PWD for the credentials, and a value may be enclosed in braces ({...}) to hold ';' and other special
  -- characters; the braces are part of the reported value. Lines that secrets.sqlserver-connection-string-password
  -- already reports (a Server= / Data Source= / Address= pair before an unbraced password) are left to it (allow_context),
  -- so one password is not reported twice; a braced value, which that rule drops as a template, is reported here.
  pattern = [[(?i)\b(?:DSN|FILEDSN|DRIVER)=[^\r\n]*?[;"'\s]PWD=(\{[^{}\r\n]{1,128}\}|[^;\s"'<>{}]{1,128})]],
  keywords = { "PWD=" },
  entropy = 1.5,
  allow = {
    [[^\$]],
    [=[^\{[$%@<]]=],
    [[^%(?:\([A-Za-z_]+\))?s$]],
    [[^%[A-Za-z_][A-Za-z0-9_]*%$]],
    [[^@.*@$]],
    [[^<]],
    [[^\*+$]],
    [[^(?:x+|X+|\.+|_+)$]],
    [[^\{(?:x+|X+|\*+)\}$]],
    [[^\{\d*\}$]],
    [=[^\{[\s"']]=],
    [[^\{[A-Za-z_][A-Za-z_.]*\}$]],
    [[^\{[a-z][a-z0-9_]*\}$]],
    [=[^\{[^}]*[\[(]]=],
    [[(?i)^\{?(?:pass|password|passwd|pwd|secret|mypassword|yourpassword|your_password|dbpass|db_password|changeme|test|user|username)\}?$]],
  },
  allow_context = {
    [=[(?i)\b(?:Server|Data Source|Address|Addr)=[^;\r\n]+;[^\r\n]*?\b(?:Password|Pwd)=[^{;\s"'<>]]=],
    [=[\b[rR]?[fF][rR]?["']]=],
    [[\.format\(]],
    [[\$@?"]],
  },
  stopwords = { "example", "placeholder", "changeme", "redacted", "your_password", "yourpassword" },
  examples = {
    [[ConnectionString=DSN=Reporting;UID=report_ro;PWD=FApuZtR7HjXKEqE7;]],
    [[conn = pyodbc.connect("DRIVER={IBM i Access ODBC Driver};SYSTEM=as400.acme.local;UID=BATCH01;PWD={Xk9#qL;2v7Rt!m}")]],
    [[odbc_dsn: 'Driver={Microsoft Access Driver (*.mdb, *.accdb)};DBQ=\\files\erp\erp.accdb;PWD=czLAO9fs5DrGM7WILw2N6w']],
  },
  negative_examples = {
    [[ConnectionString=DSN=Reporting;UID=report_ro;PWD=$(ReportingPassword);]],
    [[ConnectionString=DSN=Reporting;UID=report_ro;PWD=${REPORTING_PWD};]],
    [[set CONN=DSN=Reporting;UID=report_ro;PWD=%REPORTING_PWD%]],
    [[odbc: "DSN=Reporting;UID=report_ro;PWD={{ reporting_pwd }}"]],
    [[conn = pyodbc.connect(f"DRIVER={{ODBC Driver 18 for SQL Server}};DSN=rep;UID={user};PWD={password}")]],
    [[ConnectionString=DSN=Reporting;UID=report_ro;PWD=<password>;]],
    [[ConnectionString=DSN=Reporting;Trusted_Connection=yes;]],
    [[Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.acme.local,1433;Uid=app;Pwd=FApuZtR7HjXKEqE7;]],
    [[conx = pyodbc.connect('Driver=' + driver + ';Server=' + server + ';Uid=' + username + ';Pwd={' + password + '}')]],
  },
}
