using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsParse.Tests.Hostile;

/// <summary>Every regular expression of the library is safe from catastrophic backtracking, and inputs built to trip them complete.</summary>
public class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(ArticleParser).Assembly;

    [Fact]
    public void Every_regex_in_the_library_is_non_backtracking_or_has_a_timeout()
    {
        var found = new List<string>();
        foreach (var type in Library.GetTypes())
        {
            const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters))
            {
                var regex = (Regex)method.Invoke(null, null)!;
                found.Add($"{type.Name}.{method.Name}");
                Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
                    $"{type.FullName}.{method.Name} neither uses RegexOptions.NonBacktracking nor has a timeout");
            }
            foreach (var field in type.GetFields(all).Where(f => f.FieldType == typeof(Regex)))
            {
                var regex = (Regex?)field.GetValue(null);
                if (regex is null) continue;
                found.Add($"{type.Name}.{field.Name}");
                Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
                    $"{type.FullName}.{field.Name} neither uses RegexOptions.NonBacktracking nor has a timeout");
            }
            // The regex source generator's own runner types hold their regex per instance: they are not library state.
            if (type.Namespace == "System.Text.RegularExpressions.Generated") continue;
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(Regex)))
                Assert.Fail($"{type.FullName}.{field.Name}: a regex held per instance cannot be checked here; make it a [GeneratedRegex].");
        }
        Assert.NotEmpty(found); // the date reader's regexes at least: the scan really sees them
    }

    [Fact]
    public void Inputs_made_to_trip_date_and_time_patterns_complete()
    {
        string[] pieces =
        [
            new string('1', 200_000),
            string.Concat(Enumerable.Repeat("2025-05-", 30_000)),
            string.Concat(Enumerable.Repeat("12:3", 50_000)),
            string.Concat(Enumerable.Repeat("1.1.", 50_000)),
            "By " + string.Concat(Enumerable.Repeat("May 9 ", 30_000)),
            "Published " + string.Concat(Enumerable.Repeat("9th de ", 30_000)) + "2025",
            string.Concat(Enumerable.Repeat("12:30 UTC+", 30_000)),
            "Updated: " + string.Concat(Enumerable.Repeat("2025/05/", 30_000)),
            new string('a', 100_000) + " 9, 2025",
        ];
        foreach (var piece in pieces)
        {
            // First and second line: where the byline and date reader looks.
            var text = "Bridge Approved\n" + piece + "\n\nThe council voted on Tuesday to approve the bridge. Construction begins next spring.\n";
            var article = NewsParser.ParseText(text);
            Assert.Contains("The council voted", ArticleTexts.Joined(article), StringComparison.Ordinal);
            _ = NewsParser.Parse(Encoding.UTF8.GetBytes("<html><body><p>" + piece + "</p><time>" + piece + "</time></body></html>"));
        }
    }
}
