namespace Thrive.Web.Features.Demo;

/// <summary>
/// The AWS mentee's exam preparation: AWS Certified Solutions Architect - Associate (SAA-C03, 720 on 100-1000) with its
/// four domains, a ten-week study plan set up eight weeks ago, study time, eight weekly practice tests rising from 48%
/// to 68% (so the forecast reaches the 72% threshold before the booked exam) with resilience the weakest domain, and a
/// comment from the mentor. The coordinators' templates: SAA-C03, Cloud Practitioner (CLF-C02) and CKA.
/// </summary>
internal sealed class DemoExam(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private static readonly DomainWeight[] Saa =
    [
        new("Design Secure Architectures", 30), new("Design Resilient Architectures", 26),
        new("Design High-Performing Architectures", 24), new("Design Cost-Optimized Architectures", 20),
    ];

    /// <summary>Days ago, overall score, then the four domains' scores in Saa's order.</summary>
    private static readonly (int DaysAgo, int Overall, int[] Domains, string Source, string Note)[] Tests =
    [
        (53, 48, [50, 40, 52, 55], "Official practice question set", "Baseline before studying much. Lots of guessing on networking."),
        (46, 52, [55, 42, 55, 58], "Practice exam 1", ""),
        (39, 55, [58, 45, 57, 62], "Practice exam 2", "IAM policies finally make sense."),
        (32, 54, [60, 41, 56, 60], "Practice exam 3", "Release week at work: tired and rushed the last 15 questions."),
        (25, 60, [64, 48, 62, 66], "Practice exam 4", ""),
        (18, 63, [68, 50, 64, 70], "Practice exam 5", "Multi-AZ vs multi-region questions still trip me up."),
        (11, 64, [70, 52, 66, 71], "Practice exam 6", ""),
        (4, 68, [72, 58, 70, 74], "Practice exam 1 (second round)", "First time all 65 questions inside the time."),
    ];

    private static readonly string[] Plan =
    [
        "Cloud basics, IAM users, roles and policies", "VPC: subnets, route tables, NAT, security groups", "EC2, Auto Scaling and load balancers",
        "S3, storage classes, EBS and EFS", "RDS, Aurora, DynamoDB and caching", "Resilience: multi-AZ, backups, Route 53 failover",
        "Decoupling: SQS, SNS, EventBridge; serverless with Lambda", "Security: KMS, Secrets Manager, WAF, Shield", "Cost: pricing models, Savings Plans, cost tools",
        "Full practice exams and review of weak spots",
    ];

    /// <summary>Sipho's exam is this many days after the demo's today; his goal is due on it.</summary>
    public const int DaysToExam = 24;

    public void Add(IReadOnlyDictionary<string, ThriveUser> people)
    {
        var owner = people["aws.mentee@thrive.test"].Id;
        var setUp = today.AddDays(-56);
        var details = new ExamDetails("Amazon Web Services", "AWS Certified Solutions Architect - Associate", "SAA-C03", today.AddDays(DaysToExam), today.AddDays(40),
            720, 100, 1000, true, Saa, string.Join('\n', Plan));
        var exam = Exam.SetUp(programmeId, owner, details, setUp, now.AddDays(-56)).Value!;
        db.Exams.Add(exam);
        var domains = exam.Domains.OrderBy(d => d.Position).ToList();
        foreach (var t in Tests)
        {
            var scores = t.Domains.Select((p, i) => new DomainScore(domains[i].Id, p)).ToList();
            db.ExamPracticeTests.Add(ExamPracticeTest.Log(exam, today.AddDays(-t.DaysAgo), t.Overall, t.Source, t.Note, scores, today, now.AddDays(-t.DaysAgo)).Value!);
        }
        // Three study sessions a week, rotating through the domains (resilience gets extra time lately), some general revision.
        for (var day = 55; day >= 1; day -= 2)
        {
            var domain = day % 7 == 0 ? null : (Guid?)domains[(day / 2) % domains.Count].Id;
            if (day < 14 && day % 3 == 0) domain = domains[1].Id;
            var minutes = 30 + (day * 7 % 5) * 15;
            db.ExamStudyLogs.Add(ExamStudyLog.Log(exam, domain, today.AddDays(-day), minutes, domain is null ? "Flashcards on the bus" : null, today, now.AddDays(-day)).Value!);
        }
        db.ExamComments.Add(ExamComment.Write(exam.Id, people["mentor.cloud@thrive.test"].Id,
            "Steady climb, well done. Resilience is still the weakest: for each scenario, ask *what fails, and what takes over?* Let's draw two architectures on Thursday.",
            now.AddDays(-3)).Value!);

        db.ExamTemplates.AddRange(
            ExamTemplate.Create(programmeId, "Amazon Web Services", "AWS Certified Solutions Architect - Associate", "SAA-C03", 720, 100, 1000, Saa, now).Value!,
            ExamTemplate.Create(programmeId, "Amazon Web Services", "AWS Certified Cloud Practitioner", "CLF-C02", 700, 100, 1000,
                [new("Cloud Concepts", 24), new("Security and Compliance", 30), new("Cloud Technology and Services", 34), new("Billing, Pricing, and Support", 12)], now).Value!,
            ExamTemplate.Create(programmeId, "The Linux Foundation", "Certified Kubernetes Administrator", "CKA", 66, 0, 100,
                [new("Troubleshooting", 30), new("Cluster Architecture, Installation and Configuration", 25), new("Services and Networking", 20),
                    new("Workloads and Scheduling", 15), new("Storage", 10)], now).Value!);
    }
}
