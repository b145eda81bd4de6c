namespace NewsParse.Reading;

/// <summary>
/// The reason for a decision (see <see cref="ArticleEvent.Reason"/>): a string, or a <see cref="DeferredReason"/>
/// that writes itself only when it is read, so that a reader whose events' reasons are never read does not format
/// them. Two reasons are equal when their texts are.
/// </summary>
internal readonly struct ReasonText : IEquatable<ReasonText>
{
    private readonly object? _value;  // null, a string or a DeferredReason

    private ReasonText(object? value) => _value = value;

    /// <summary>A reason written now.</summary>
    public static implicit operator ReasonText(string? text) => new(text);

    /// <summary>A reason written when it is read.</summary>
    public static implicit operator ReasonText(DeferredReason? reason) => new(reason);

    /// <summary>The text of the reason; null when there is none.</summary>
    public override string? ToString() => _value as string ?? (_value as DeferredReason)?.Text;

    /// <summary>True unless the reason is a <see cref="DeferredReason"/> not read yet (for tests).</summary>
    internal bool IsWritten => _value is not DeferredReason deferred || deferred.IsWritten;

    public bool Equals(ReasonText other) => ReferenceEquals(_value, other._value) || string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ReasonText other && Equals(other);

    public override int GetHashCode() => ToString() is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    public static bool operator ==(ReasonText left, ReasonText right) => left.Equals(right);

    public static bool operator !=(ReasonText left, ReasonText right) => !left.Equals(right);
}
