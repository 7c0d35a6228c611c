using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Specdown.Testing.Tests;

/// <summary>An in-process service: records the request and returns a canned response.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly string? _body;
    private readonly string _mediaType;

    public StubHandler(HttpStatusCode status, string? body = null, string mediaType = "application/json")
    {
        _status = status;
        _body = body;
        _mediaType = mediaType;
    }

    public HttpRequestMessage? Request { get; private set; }

    public string? RequestBody { get; private set; }

    public HttpClient Client() => new(this) { BaseAddress = new Uri("http://localhost/") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        RequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = new HttpResponseMessage(_status) { RequestMessage = request };
        if (_body is not null)
        {
            response.Content = new StringContent(_body, Encoding.UTF8);
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(_mediaType);
        }

        return response;
    }
}
