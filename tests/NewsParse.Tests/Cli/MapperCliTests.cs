using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using NewsParse.Cli;
using Xunit;

namespace NewsParse.Tests.Cli;

/// <summary>The stdin mapper (`newsparse --stdin-jsonl`, `newsparse - --input jsonl`): output line i answers input line i, flushed as it goes.</summary>
public sealed class MapperCliTests
{
    private static string Page(int i) =>
        $"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>The council approved the new budget on Tuesday, after a long debate about schools, roads and the harbour, in session {i}.</p><p>The mayor said the budget was what the town needed, and the opposition said it would vote against it next year.</p></article></body></html>";

    [Fact]
    public void Ten_thousand_records_with_malformed_ones_give_ten_thousand_lines_each_answering_its_own()
    {
        const int count = 10_000;
        var input = new StringBuilder();
        var expectedSource = new string[count];
        var expectedOk = new bool[count];
        for (int i = 0; i < count; i++)
        {
            int line = i + 1;
            switch (i % 10)
            {
                case 3:
                    input.Append('\n');                                   // blank
                    expectedSource[i] = $"-:{line}";
                    break;
                case 5:
                    input.Append("{\"url\": \"http://example.com/").Append(i).Append("\", \"html\": ").Append('\n');   // cut JSON
                    expectedSource[i] = $"-:{line}";
                    break;
                case 7:
                    input.Append("[1, 2, 3]\n");                         // not an object
                    expectedSource[i] = $"-:{line}";
                    break;
                case 9:
                    input.Append("{\"url\": \"http://example.com/").Append(i).Append("\"}\n");   // no content
                    expectedSource[i] = $"http://example.com/{i}";
                    break;
                default:
                    input.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["url"] = $"http://example.com/{i}", ["html"] = Page(i) })).Append('\n');
                    expectedSource[i] = $"http://example.com/{i}";
                    expectedOk[i] = true;
                    break;
            }
        }
        var run = CliRun.Of(Encoding.UTF8.GetBytes(input.ToString()), "--stdin-jsonl", "--parallel", "2");
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace);
        var lines = run.Stdout.Split('\n');
        Assert.Equal(count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        for (int i = 0; i < count; i++)
        {
            var root = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(expectedSource[i], root.GetProperty("source").GetString());
            if (expectedOk[i]) Assert.Equal($"Story {i}", root.GetProperty("article").GetProperty("headline").GetString());
            else Assert.True(root.TryGetProperty("error", out _), $"line {i + 1}");
        }
    }

    [Fact]
    public void Dash_with_input_jsonl_is_the_same_mapper()
    {
        var input = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { url = "http://example.com/1", html = Page(1) }) + "\n");
        var a = CliRun.Of(input, "-", "--input", "jsonl");
        var b = CliRun.Of(input, "--stdin-jsonl");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.Contains("\"headline\":\"Story 1\"", a.Stdout);
    }

    [Fact]
    public async Task Each_answer_is_written_before_the_next_line_comes_in()
    {
        // An engine that sends a line only once it has the answer to the previous one: the mapper must not wait for
        // more input (or the end of it) before it answers.
        using var toMapper = new AnonymousPipeServerStream(PipeDirection.Out);
        using var mapperIn = new AnonymousPipeClientStream(PipeDirection.In, toMapper.ClientSafePipeHandle);
        using var fromMapper = new AnonymousPipeServerStream(PipeDirection.In);
        using var mapperOut = new AnonymousPipeClientStream(PipeDirection.Out, fromMapper.ClientSafePipeHandle);
        var run = Task.Run(() => CliApp.Run(["--stdin-jsonl", "--parallel", "2"], mapperIn, mapperOut, TextWriter.Null));
        using var answers = new StreamReader(fromMapper);
        using var requests = new StreamWriter(toMapper) { AutoFlush = true, NewLine = "\n" };
        for (int i = 0; i < 5; i++)
        {
            requests.WriteLine(JsonSerializer.Serialize(new { url = $"http://example.com/{i}", html = Page(i) }));
            // Generous: only a mapper that waits for more input would never answer.
            var answer = await answers.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Contains($"\"source\":\"http://example.com/{i}\"", answer);
        }
        requests.Dispose(); // closes the pipe: the end of the input
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromMinutes(2)));
    }
}
