/**
 * The e2e suite: the built task pane in Chromium with a fake Outlook host. One process, one browser,
 * scenarios in order; scenario 9 (privacy) runs last because it checks every request made by
 * all the others.
 */
import './scenarios/01-pass.mjs';
import './scenarios/02-compauth-explicit-failure.mjs';
import './scenarios/03-host-problems.mjs';
import './scenarios/04-item-changed.mjs';
import './scenarios/05-dark-theme.mjs';
import './scenarios/06-standalone.mjs';
import './scenarios/07-copy-report.mjs';
import './scenarios/08-hostile-headers.mjs';
import './scenarios/10-silent-host.mjs';
import './scenarios/11-large-raw-view.mjs';
import './scenarios/12-long-tokens.mjs';
import './scenarios/13-trust-answer-320.mjs';
import './scenarios/14-send-to-it.mjs';
import './scenarios/15-check-dns.mjs';
import './scenarios/16-dev-certificate.mjs';
import './scenarios/17-message-files.mjs';
import './scenarios/18-first-view.mjs';
import './scenarios/09-privacy.mjs';
