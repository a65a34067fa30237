using System.Globalization;

namespace Thrive.Web.Features.Health;

/// <summary>
/// The ladder's first step: a friendly mail to both members asking them to plan their next session, sent through the
/// app's mailer and kept on the pair. The mail names no reason: the pair's facts stay between them and their coordinator.
/// </summary>
public static class NudgePair
{
    public sealed class Handler(PairEscalations escalations, Mailer mailer, LinkBuilder links)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct) =>
            escalations.RecordAsync(actor, pairId, EscalationStep.Nudge, null, (t, c) => mailer.SendManyAsync(
                [Mail(t.Mentee, t.Mentor, t), Mail(t.Mentor, t.Mentee, t)], c), ct);

        private OutgoingMail Mail(Reminders.Person me, Reminders.Person partner, PairEscalations.Target t) => new(me.Email,
            $"How are things going with {partner.Name}?",
            string.Create(CultureInfo.InvariantCulture, $"Hi {me.Name.Split(' ')[0]},\n\nYour coordinator in {t.ProgrammeName} is checking in: how are things going with {partner.Name}? ")
            + "If it has been a while, a short session keeps the rhythm going; plan the next one here:\n"
            + links.Absolute($"/Pairs/{t.PairId}/Sessions")
            + "\n\nIf something is in the way, reply to your coordinator: they are glad to help.\n");
    }
}
