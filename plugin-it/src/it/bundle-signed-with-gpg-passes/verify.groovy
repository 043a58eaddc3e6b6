import groovy.json.JsonSlurper

def home = new File(basedir, 'target/gnupg-home.txt').text
def fingerprint = new File(basedir, 'target/key-fingerprint.txt').text
def gpg = { List<String> args ->
    def process = new ProcessBuilder(['gpg', '--homedir', home, '--batch', '--status-fd', '1'] + args)
            .directory(basedir).redirectErrorStream(true).start()
    def out = process.inputStream.text
    [process.waitFor(), out]
}
try {
    def log = new File(basedir, 'build.log').text
    // the check ran before gpg:sign, in verify, so the bundle was attached when the signing ran
    def check = log.readLines().findIndexOf { it =~ /--- iec62304:\S+:check \(default\)/ }
    def sign = log.readLines().findIndexOf { it =~ /--- gpg:\S+:sign \(sign-artifacts\)/ }
    assert check >= 0 && sign > check : 'check, then gpg:sign'

    def name = 'bundle-signed-with-gpg-1.0.0-SNAPSHOT-iec62304-evidence.zip'
    def zip = new File(basedir, "target/${name}")
    def asc = new File(basedir, "target/${name}.asc")
    assert zip.isFile()
    assert asc.isFile() : 'gpg:sign signed the attached evidence bundle'
    def (exit, out) = gpg(['--verify', asc.absolutePath, zip.absolutePath])
    assert exit == 0 : out
    assert out.contains("[GNUPG:] VALIDSIG ${fingerprint}")

    // installed beside the zip, and still matching it
    def dir = new File(localRepositoryPath, 'it/iec62304/bundle-signed-with-gpg/1.0.0-SNAPSHOT')
    def installedZip = new File(dir, name)
    def installedAsc = new File(dir, "${name}.asc")
    assert installedZip.bytes == zip.bytes
    assert installedAsc.bytes == asc.bytes
    def (exitInstalled, outInstalled) = gpg(['--verify', installedAsc.absolutePath, installedZip.absolutePath])
    assert exitInstalled == 0 : outInstalled

    // a changed byte breaks the signature: what an auditor's check catches
    def tampered = new File(basedir, 'target/tampered.zip')
    byte[] bytes = zip.bytes
    bytes[bytes.length.intdiv(2)] = (byte) (bytes[bytes.length.intdiv(2)] ^ 1)
    tampered.bytes = bytes
    assert gpg(['--verify', asc.absolutePath, tampered.absolutePath])[0] != 0

    // the manifest records what git verify-commit / verify-tag said
    def manifest = new JsonSlurper().parse(new File(basedir, 'target/iec62304/manifest.json'))
    assert manifest.git.signature.status == 'GOOD'
    assert manifest.git.signature.code == 'G'
    assert manifest.git.signature.signer == 'IT <it@example.org>'
    assert manifest.git.signature.fingerprint == fingerprint
    assert manifest.git.tags.size() == 1
    assert manifest.git.tags[0].name == 'v1.0.0'
    assert manifest.git.tags[0].signature.status == 'GOOD'
    assert manifest.git.tags[0].signature.key == fingerprint.substring(24)
    def index = new File(basedir, 'target/iec62304/index.html').text
    assert index.contains('signature GOOD (IT &lt;it@example.org&gt;, key ' + fingerprint.substring(24) + ')')
    assert index.contains('tag v1.0.0: signature GOOD')
} finally {
    // the agent gpg started for the throwaway keyring
    new ProcessBuilder('gpgconf', '--homedir', home, '--kill', 'all').start().waitFor()
    if (!new File(home).canonicalPath.startsWith(basedir.canonicalPath)) {
        new File(home).deleteDir() // the short temporary home of a deep checkout
    }
}
return true
