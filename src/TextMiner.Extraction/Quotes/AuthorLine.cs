using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// Who signs a document: a sign-off among its last paragraphs ("Martin Jones CBE HM Chief Inspector of Probation
/// July 2025") or a byline at its start ("By Katie Lomas, Napo Chair").
/// </summary>
internal static partial class AuthorLine
{
    private const int SignOffParagraphs = 3;
    private const int MaxSignOffWords = 16;

    [GeneratedRegex(@"^(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Lord|Baroness|Professor)\.?\s+)?(?<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})(?:\s+(?:CBE|OBE|MBE|KC|QC|MP))*\s*,?\s*(?<role>[^.!?]*?)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^\s*By\s+(?<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s*(?:,\s*(?<role>[^.!?]{3,80}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    public static (string Name, string? Role)? Find(Document document)
    {
        var paragraphs = document.Paragraphs;
        for (var i = paragraphs.Count - 1; i >= 0 && i >= paragraphs.Count - SignOffParagraphs; i--)
        {
            var text = paragraphs[i].Text.Trim();
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSignOffWords || text.EndsWith('.'))
            {
                continue;
            }

            var match = SignOff().Match(text);
            if (match.Success && match.Groups["name"].Value.Split(' ').All(SpeakerPhrase.IsNameToken))
            {
                var role = match.Groups["role"].Value.Trim();
                return (match.Groups["name"].Value, role.Length == 0 ? null : role);
            }
        }

        foreach (var paragraph in paragraphs.Take(2))
        {
            var byline = Byline().Match(paragraph.Text);
            if (byline.Success)
            {
                return (byline.Groups["name"].Value, byline.Groups["role"].Success ? byline.Groups["role"].Value : null);
            }
        }

        return null;
    }
}
