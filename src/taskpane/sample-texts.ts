/**
 * Built-in samples for standalone mode: short header blocks written from the formats Exchange Online
 * stamps (Microsoft Learn, "Anti-spam message headers"). Domains are
 * Microsoft's fictitious ones, IPs from the RFC 5737 documentation ranges. Loaded only when a sample is
 * picked (see samples.ts for the list).
 */
import type { SampleId } from './samples';

const pass = `Received: from DM6PR11MB4257.namprd11.prod.outlook.com (2603:10b6:5:1d3::12) by
 SN6PR11MB3200.namprd11.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 09:14:08
 +0000
Received: from BN9PR03CA0512.namprd03.prod.outlook.com (2603:10b6:408:131::7)
 by DM6PR11MB4257.namprd11.prod.outlook.com (2603:10b6:5:1d3::12) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; Mon, 16 Nov
 2026 09:14:07 +0000
Received: from BN2PEPF000044A9.namprd04.prod.outlook.com
 (2603:10b6:408:131:cafe::5a) by BN9PR03CA0512.outlook.office365.com
 (2603:10b6:408:131::7) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.22 via Frontend Transport; Mon,
 16 Nov 2026 09:14:07 +0000
Authentication-Results: spf=pass (sender IP is 198.51.100.25)
 smtp.mailfrom=fabrikam.com; dkim=pass (signature was verified)
 header.d=fabrikam.com;dmarc=pass action=none
 header.from=fabrikam.com;compauth=pass reason=100
Received-SPF: Pass (protection.outlook.com: domain of fabrikam.com designates
 198.51.100.25 as permitted sender) receiver=protection.outlook.com;
 client-ip=198.51.100.25; helo=mail.fabrikam.com; pr=C
Received: from mail.fabrikam.com (198.51.100.25) by
 BN2PEPF000044A9.mail.protection.outlook.com (10.167.243.104) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via
 Frontend Transport; Mon, 16 Nov 2026 09:14:06 +0000
Received: from [10.20.0.15] (laptop-chris.fabrikam.local [10.20.0.15]) by
 mail.fabrikam.com (Postfix) with ESMTPSA id 4F2A1C0042; Mon, 16 Nov 2026
 09:14:02 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fabrikam.com;
 s=selector1; t=1794820441; h=From:To:Subject:Date:Message-ID;
 bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=;
 b=Yk3b0tYFq5wRz0t3Zl8tOa9u1P6o1iU2kY0pZsB1m1x4d7r0X2qYg3Jk5mN8sV1cQ
From: Chris Green <chris@fabrikam.com>
To: Alex Wilber <alexw@contoso.com>
Subject: Q4 planning notes
Date: Mon, 16 Nov 2026 09:14:01 +0000
Message-ID: <20261116091401.4F2A1C0042@mail.fabrikam.com>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Return-Path: chris@fabrikam.com
X-MS-Exchange-Organization-AuthAs: Anonymous
X-Forefront-Antispam-Report: CIP:198.51.100.25;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.fabrikam.com;PTR:mail.fabrikam.com;CAT:NONE;SFS:(13230040)(8096899003);DIR:INB;
X-Microsoft-Antispam: BCL:0;ARA:13230040;
`;

const compauthFail000 = `Received: from CH3PR11MB8660.namprd11.prod.outlook.com (2603:10b6:610:1cf::9) by
 SN6PR11MB3200.namprd11.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 14:02:51
 +0000
Received: from SA9PR13CA0101.namprd13.prod.outlook.com (2603:10b6:806:24::16)
 by CH3PR11MB8660.namprd11.prod.outlook.com (2603:10b6:610:1cf::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; Tue, 17 Nov
 2026 14:02:50 +0000
Authentication-Results: spf=pass (sender IP is 203.0.113.20)
 smtp.mailfrom=mailer.tailspin-deals.net; dkim=none (message not signed)
 header.d=none;dmarc=fail action=oreject
 header.from=woodgrovebank.com;compauth=fail reason=000
Received-SPF: Pass (protection.outlook.com: domain of mailer.tailspin-deals.net
 designates 203.0.113.20 as permitted sender)
 receiver=protection.outlook.com; client-ip=203.0.113.20;
 helo=mx1.tailspin-deals.net; pr=C
Received: from mx1.tailspin-deals.net (203.0.113.20) by
 SA2PEPF00003F61.mail.protection.outlook.com (10.167.248.36) with Microsoft SMTP
 Server id 15.20.8632.13 via Frontend Transport; Tue, 17 Nov 2026 14:02:49
 +0000
From: Woodgrove Bank Security <security@woodgrovebank.com>
To: alexw@contoso.com
Subject: Action required: verify your account
Date: Tue, 17 Nov 2026 14:02:41 +0000
Message-ID: <a81f3c02.77e1@mx1.tailspin-deals.net>
Content-Type: text/html; charset="utf-8"
MIME-Version: 1.0
Return-Path: bounce-4471@mailer.tailspin-deals.net
X-MS-Exchange-Organization-AuthAs: Anonymous
X-Forefront-Antispam-Report: CIP:203.0.113.20;CTRY:NL;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mx1.tailspin-deals.net;PTR:mx1.tailspin-deals.net;CAT:SPOOF;SFTY:9.21;SFS:(13230040)(4022899009)(8096899003);DIR:INB;
X-Microsoft-Antispam: BCL:0;ARA:13230040|4022899009;
`;

const forwarded = `Received: from MW4PR11MB5872.namprd11.prod.outlook.com (2603:10b6:303:169::5) by
 SN6PR11MB3200.namprd11.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 16:40:19
 +0000
Received: from CY5PR15CA0061.namprd15.prod.outlook.com (2603:10b6:930:1b::13)
 by MW4PR11MB5872.namprd11.prod.outlook.com (2603:10b6:303:169::5) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; Wed, 18 Nov
 2026 16:40:18 +0000
Authentication-Results: spf=fail (sender IP is 192.0.2.44)
 smtp.mailfrom=fabrikam.com; dkim=fail (body hash did not verify)
 header.d=fabrikam.com;dmarc=fail action=none
 header.from=fabrikam.com;compauth=pass reason=130
ARC-Seal: i=1; a=rsa-sha256; t=1794976816; cv=none; d=alumni.litware.edu;
 s=arc-2026; b=QmFzZTY0U2lnbmF0dXJlRm9yQVJDU2VhbEluc3RhbmNlMQ==
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed;
 d=alumni.litware.edu; s=arc-2026; h=From:To:Subject:Date:Message-ID;
 bh=Zm9yd2FyZGVkQm9keUhhc2hBZnRlckZvb3Rlcg==;
 b=QVJDTWVzc2FnZVNpZ25hdHVyZUluc3RhbmNlMQ==
ARC-Authentication-Results: i=1; mx.alumni.litware.edu; spf=pass
 smtp.mailfrom=fabrikam.com; dkim=pass header.d=fabrikam.com; dmarc=pass
 header.from=fabrikam.com
Received-SPF: Fail (protection.outlook.com: domain of fabrikam.com does not
 designate 192.0.2.44 as permitted sender) receiver=protection.outlook.com;
 client-ip=192.0.2.44; helo=mx.alumni.litware.edu;
Received: from mx.alumni.litware.edu (192.0.2.44) by
 CO1PEPF000044F7.mail.protection.outlook.com (10.167.241.197) with Microsoft SMTP
 Server id 15.20.8632.13 via Frontend Transport; Wed, 18 Nov 2026 16:40:17
 +0000
Received: from mail.fabrikam.com (mail.fabrikam.com [198.51.100.25]) by
 mx.alumni.litware.edu (Postfix) with ESMTPS id 7C1D2A0311 for
 <alex@alumni.litware.edu>; Wed, 18 Nov 2026 16:40:12 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fabrikam.com;
 s=selector1; h=From:To:Subject:Date:Message-ID;
 bh=T3JpZ2luYWxCb2R5SGFzaEJlZm9yZUZvb3Rlcg==;
 b=RGtpbVNpZ25hdHVyZUZyb21GYWJyaWthbQ==
From: Chris Green <chris@fabrikam.com>
To: alex@alumni.litware.edu
Subject: Reunion dinner
Date: Wed, 18 Nov 2026 16:40:09 +0000
Message-ID: <5b2e.9c1f@mail.fabrikam.com>
Return-Path: chris@fabrikam.com
X-MS-Exchange-Organization-AuthAs: Anonymous
X-Forefront-Antispam-Report: CIP:192.0.2.44;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mx.alumni.litware.edu;PTR:mx.alumni.litware.edu;CAT:NONE;SFS:(13230040)(8096899003);DIR:INB;ARC:AAR;
`;

const ndr = `Received: from BL1PR11MB5978.namprd11.prod.outlook.com (2603:10b6:208:386::14) by
 SN6PR11MB3200.namprd11.prod.outlook.com with HTTPS; Thu, 19 Nov 2026 08:05:33
 +0000
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam.com>
To: <chris@fabrikam.com>
Date: Thu, 19 Nov 2026 08:05:33 +0000
Subject: Undeliverable: Invoice 2026-1147
Message-ID: <e4b1a7c2-0d55-4f1e-9a3b-5c6d7e8f9012@BL1PR11MB5978.namprd11.prod.outlook.com>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

Delivery has failed to these recipients or groups:

billing@northwindtraders.com
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: BL1PR11MB5978.namprd11.prod.outlook.com

billing@northwindtraders.com
Remote server returned '550 5.7.509 Access denied, sending domain fabrikam.com does not pass DMARC verification and has a DMARC policy of reject.'
`;

export const SAMPLE_TEXTS: Readonly<Record<SampleId, string>> = {
  pass,
  'compauth-000': compauthFail000,
  forwarded,
  ndr,
};
