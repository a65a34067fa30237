using System.Net;
using Thrive.Domain.Webhooks;

namespace Thrive.Domain.Tests;

/// <summary>Where a webhook may point, its secret's format, its events' wire names and the retry schedule.</summary>
public sealed class WebhookTests
{
    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("203.0.113.10", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Private_loopback_and_link_local_addresses_are_internal(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookAddress.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://hooks.example.com/thrive", null)]
    [InlineData("http://hooks.example.com:8080/x?y=1", null)]
    [InlineData("ftp://hooks.example.com/x", "starts with https://")]
    [InlineData("javascript:alert(1)", "starts with https://")]
    [InlineData("hooks.example.com/x", "starts with https://")]
    [InlineData("https://me:pw@hooks.example.com/x", "user name and password")]
    [InlineData("", "Enter the URL")]
    public void A_url_is_http_or_https_without_credentials(string url, string? refusal)
    {
        var r = WebhookAddress.Parse(url);
        if (refusal is null) Assert.True(r.Succeeded);
        else Assert.Contains(refusal, Assert.Single(r.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_is_whsec_and_the_base64_of_the_random_bytes()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var secret = WebhookSubscription.NewSecret(bytes);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(bytes, Convert.FromBase64String(secret["whsec_".Length..]));
    }

    [Fact]
    public void Retries_wait_longer_each_time_and_end_within_a_day()
    {
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.AddSeconds(5), WebhookRetries.NextAfter(1, now));
        Assert.Equal(now.AddHours(10), WebhookRetries.NextAfter(6, now));
        Assert.Null(WebhookRetries.NextAfter(WebhookRetries.MaxAttempts, now));
        Assert.InRange(WebhookRetries.Delays.Aggregate(TimeSpan.Zero, (a, d) => a + d), TimeSpan.FromHours(12), TimeSpan.FromHours(24));
    }

    [Fact]
    public void Every_event_type_has_one_wire_name_and_reads_back()
    {
        Assert.Equal(WebhookEventTypes.All.Count, WebhookEventTypes.All.Select(t => t.Name).Distinct().Count());
        Assert.All(WebhookEventTypes.All, t => Assert.Equal(t.Type, WebhookEventTypes.Parse(t.Name)));
        Assert.Null(WebhookEventTypes.Parse("session.teleported"));
    }
}
