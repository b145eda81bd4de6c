using System.Globalization;
using NewsParse.Reading;

namespace NewsParse.Detection;

/// <summary>
/// Why a text line was read as running text, a title-like line or a question from its shape (and, for a title-like
/// line, its cohesion with the article), written when read (see <see cref="DeferredReason"/>).
/// </summary>
internal sealed class ShapeReason : DeferredReason
{
    private readonly Shape _shape;
    private readonly int _words;
    private readonly int _sentences;
    private readonly double _cohesion;
    private readonly int _terms;

    /// <summary>What the line was read as.</summary>
    public enum Shape
    {
        RunningText,
        TitleLine,
        Question,
    }

    private ShapeReason(Shape shape, int words, int sentences, double cohesion, int terms)
    {
        _shape = shape;
        _words = words;
        _sentences = sentences;
        _cohesion = cohesion;
        _terms = terms;
    }

    /// <summary>Running text of <paramref name="words"/> words and <paramref name="sentences"/> sentences.</summary>
    public static ShapeReason RunningText(int words, int sentences) => new(Shape.RunningText, words, sentences, 0, 0);

    /// <summary>A title-like line of <paramref name="words"/> words, with its cohesion with the article computed from <paramref name="terms"/> terms (none: no evidence, not stated).</summary>
    public static ShapeReason TitleLine(int words, double cohesion, int terms) => new(Shape.TitleLine, words, 0, cohesion, terms);

    /// <summary>A short line ending with a question mark, with its cohesion as for <see cref="TitleLine"/>.</summary>
    public static ShapeReason Question(double cohesion, int terms) => new(Shape.Question, 0, 0, cohesion, terms);

    protected override string Write()
    {
        var evidence = _terms == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; cohesion {_cohesion:0.00} with the article");
        return _shape switch
        {
            Shape.RunningText => string.Concat("running text: ", BlockClassifier.Number(_words), " words, ", BlockClassifier.Number(_sentences), " sentence(s)"),
            Shape.TitleLine => string.Concat("a title-like line: ", BlockClassifier.Number(_words), " words, no sentence end", evidence),
            _ => "a short line ending with a question mark" + evidence,
        };
    }
}
