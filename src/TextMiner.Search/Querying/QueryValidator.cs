namespace TextMiner.Search.Querying;

/// <summary>Checks a query's shape before parsing, so the common mistakes get a precise one-line message.</summary>
internal static class QueryValidator
{
    public const int MaxLength = 2000;

    public static void Validate(string query)
    {
        if (query.Length > MaxLength)
        {
            Fail(SearchErrorCodes.QueryTooLong, SearchErrorMessages.Format(SearchErrorMessages.QueryTooLong, query.Length, MaxLength));
        }

        var inQuotes = false;
        var stack = new Stack<char>();
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                inQuotes = !inQuotes;
                continue;
            }

            if (inQuotes)
            {
                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    stack.Push(c);
                    break;
                case ')':
                    Close(stack, '(', c);
                    break;
                case ']' or '}':
                    // A range may mix its ends: [2019 TO 2020} is legal.
                    Close(stack, stack.Count > 0 && stack.Peek() is '[' or '{' ? stack.Peek() : '[', c);
                    break;
            }
        }

        if (inQuotes)
        {
            Fail(SearchErrorCodes.UnbalancedQuotes, SearchErrorMessages.UnbalancedQuotes);
        }

        if (stack.Count > 0)
        {
            Fail(SearchErrorCodes.UnbalancedBrackets, SearchErrorMessages.Format(SearchErrorMessages.UnbalancedBrackets, $"'{stack.Peek()}' is never closed"));
        }
    }

    private static void Close(Stack<char> stack, char expected, char closing)
    {
        if (stack.Count == 0 || stack.Peek() != expected)
        {
            Fail(SearchErrorCodes.UnbalancedBrackets, SearchErrorMessages.Format(SearchErrorMessages.UnbalancedBrackets, $"'{closing}' has no matching opening bracket"));
        }

        stack.Pop();
    }

    private static void Fail(string code, string message) => throw new SearchQueryException(code, message);
}
