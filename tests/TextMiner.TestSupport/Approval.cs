namespace TextMiner.TestSupport;

/// <summary>
/// Approval (snapshot) tests: the text a test produced must equal the approved file committed in the repository. On a
/// mismatch the received text is written beside it (NAME.received.EXT, ignored by git) and the failure shows the first
/// differing line. To approve a deliberate change, run the approval tests once with TEXTMINER_APPROVE=1, which
/// overwrites the approved files, then review and commit the diff:
/// <c>TEXTMINER_APPROVE=1 dotnet test TextMiner.sln --filter TestCategory=Approval</c>.
/// </summary>
public static class Approval
{
    public const string Category = "Approval";
    public const string ApproveVariable = "TEXTMINER_APPROVE";
    public const string ApproveCommand = "TEXTMINER_APPROVE=1 dotnet test TextMiner.sln --filter TestCategory=Approval";

    /// <summary>The checkout the tests were built from (the folder holding TextMiner.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Compares <paramref name="received"/> with the approved file at <paramref name="approvedPath"/> (relative to the repository root); throws on a difference.</summary>
    public static void Verify(string received, string approvedPath)
    {
        ArgumentNullException.ThrowIfNull(received);
        var approvedFile = Path.Combine(RepositoryRoot, approvedPath);
        var receivedFile = Path.Combine(
            Path.GetDirectoryName(approvedFile)!,
            Path.GetFileName(approvedFile).Replace(".approved.", ".received.", StringComparison.Ordinal));
        received = received.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedFile)!);
            File.WriteAllText(approvedFile, received);
            File.Delete(receivedFile);
            return;
        }

        var approved = File.Exists(approvedFile) ? File.ReadAllText(approvedFile).ReplaceLineEndings("\n") : null;
        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.Delete(receivedFile);
            return;
        }

        File.WriteAllText(receivedFile, received);
        throw new ApprovalException(Describe(approvedFile, receivedFile, approved, received));
    }

    private static string Describe(string approvedFile, string receivedFile, string? approved, string received)
    {
        var head = $"{receivedFile} differs from {approvedFile}";
        var tail = $"Diff them (diff -u {approvedFile} {receivedFile}); if the change is intended, approve it with `{ApproveCommand}` and commit.";
        if (approved is null)
        {
            return $"{approvedFile} does not exist yet.\n{tail}";
        }

        var a = approved.Split('\n');
        var r = received.Split('\n');
        var line = 0;
        while (line < a.Length && line < r.Length && string.Equals(a[line], r[line], StringComparison.Ordinal))
        {
            line++;
        }

        return $"""
            {head} from line {line + 1} ({a.Length} approved lines, {r.Length} received):
            - {(line < a.Length ? a[line] : "(end of file)")}
            + {(line < r.Length ? r[line] : "(end of file)")}
            {tail}
            """;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TextMiner.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No TextMiner.sln above {AppContext.BaseDirectory}: approval tests run from a checkout.");
    }
}
