namespace NewsParse.Benchmarks;

/// <summary>Refuses every request: SmartReader is given the page text and must never download anything.</summary>
internal sealed class BlockedHttpHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Network access is blocked in benchmarks (request to {request.RequestUri}).");
}
