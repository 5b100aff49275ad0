using System.CommandLine;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests.Contract;

/// <summary>
/// The CLI's contracts pinned by approved files in tests/TextMiner.Cli.Tests/Approved: the `extract` JSON lines of the
/// seeds and the `--help` of every verb. A change shows as a diff; approve a deliberate one with
/// <see cref="Approval.ApproveCommand"/>.
/// </summary>
[Category(Approval.Category)]
public sealed class ContractApprovalTests
{
    private const string Approved = "tests/TextMiner.Cli.Tests/Approved/";

    [Test]
    public async Task Extract_Seeds_MatchApprovedJsonLines()
    {
        using var temp = new TempDirectory();
        var seeds = Directory.GetFiles(Corpus.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.That(seeds, Has.Length.EqualTo(5));

        var run = await new CliRunner(temp.Combine("data")).RunAsync(["extract", .. seeds]);

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        // Paths as a user in the repository root would write them, so the snapshot is the same on every machine.
        Approval.Verify(run.Output.Replace(Corpus.Root, "corpus", StringComparison.Ordinal), Approved + "extract-seeds.approved.jsonl");
    }

    [Test]
    public async Task Help_EveryVerb_MatchesApprovedText()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, _ => null);
        var root = CliApp.Build(context);
        var verbs = Paths(root, []).ToList();
        var help = new System.Text.StringBuilder();
        foreach (var verb in verbs)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await CliApp.RunAsync(
                new CliContext(output, error, TimeProvider.System, _ => null),
                [.. verb, "--help"],
                new InvocationConfiguration { Output = output, Error = error });
            Assert.That(exit, Is.Zero, $"{string.Join(' ', verb)} --help: {error}");
            help.Append("$ textminer ").AppendJoin(' ', [.. verb, "--help"]).Append('\n').Append(Usage(output.ToString(), root.Name)).Append('\n');
        }

        Assert.That(verbs, Has.Count.GreaterThan(19));
        Approval.Verify(help.ToString(), Approved + "help.approved.txt");
    }

    /// <summary>The usage lines name the host process (testhost under `dotnet test`); a user runs `textminer`.</summary>
    private static string Usage(string help, string host) =>
        help.ReplaceLineEndings("\n").Replace("\n  " + host + " ", "\n  textminer ", StringComparison.Ordinal)
            .Replace("\n  " + host + "\n", "\n  textminer\n", StringComparison.Ordinal);

    private static IEnumerable<string[]> Paths(Command command, string[] prefix)
    {
        yield return prefix;
        foreach (var sub in command.Subcommands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            foreach (var path in Paths(sub, [.. prefix, sub.Name]))
            {
                yield return path;
            }
        }
    }
}
