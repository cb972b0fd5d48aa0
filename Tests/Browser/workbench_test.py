#!/usr/bin/env python3
"""The workbench in a real browser (headless Chromium driven by Selenium), as a planner
uses it, in Chinese and in English:

open the baseline, solve it and save it; change a lever, solve, watch the progress
finish, save the version, compare it with the baseline, download the CSV export (and
check its bytes against `skillplan export`); edit one intake in that export, zip it
again (deflated, as Windows or WPS would), evaluate it on the Evaluate page (its broken
constraints with their amounts) and save it as a version.

Usage: workbench_test.py PATH/TO/skillplan [OUTPUT_FOLDER]
Starts `skillplan serve` on a free loopback port with a new plan store in the output
folder (default out/browser-test), keeps a screenshot of each step there
(zh/01-scenarios.png, ...), and stops the server. Prints "N passed, N failed".
"""
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

SKILLPLAN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/skillplan")
OUT = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "out/browser-test")
STORE = os.path.join(OUT, "store", "plans.sqlite")

TEXT = {
    "zh": {"solve": "求解", "save": "另存为版本", "targets_met": "目标达成", "compare": "比较所选方案",
           "levers": "调整并求解", "done_phase": "完成", "saved": "已另存为版本", "csv": "CSV（zip）",
           "comparison": "方案比较", "seats": "学位", "intake": "招生", "evaluate": "上传并评估",
           "broken": "违反的硬约束", "price": "计算目标代价", "prices": "目标代价",
           "capacity_error": "为 -5，须 ≥ 0 — 修改：填写基准年的全日制学位数（0 或以上）",
           "being_priced": "正在计算的目标", "removed": "取消", "within_gap": "在求解间隙内"},
    "en": {"solve": "Solve", "save": "Save as version", "targets_met": "Targets met", "compare": "Compare the ticked plans",
           "levers": "Levers & solve", "done_phase": "Done", "saved": "Saved as version", "csv": "CSV (zip)",
           "comparison": "Plan comparison", "seats": "Seats", "intake": "Intake", "evaluate": "Upload and evaluate",
           "broken": "Hard constraints broken", "price": "Price the targets", "prices": "Target prices",
           "capacity_error": "is -5, must be ≥ 0 — fix: give the full-time places in the base year (0 or more)",
           "being_priced": "Target being priced", "removed": "removed", "within_gap": "within the gap"},
}


class Check(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Check(message)


def start_server():
    os.makedirs(os.path.dirname(STORE), exist_ok=True)
    server = subprocess.Popen([SKILLPLAN, "serve", "--port", "0", "--store", STORE],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if match:
            return server, int(match.group(1))
    server.kill()
    raise Check("skillplan serve did not print its address within 60 s")


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--disable-gpu", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(60)
    return driver


def shot(driver, language, name, full=False):
    """The window as the planner sees it; with full, also the whole page (NAME-full.png)."""
    folder = os.path.join(OUT, language)
    os.makedirs(folder, exist_ok=True)
    driver.save_screenshot(os.path.join(folder, name + ".png"))
    if full:
        height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 12000)")
        driver.set_window_size(1280, max(1000, height + 200))
        driver.save_screenshot(os.path.join(folder, name + "-full.png"))
        driver.set_window_size(1280, 1000)


def solve_and_wait(driver, language, step, name):
    """Presses Solve on the levers page, watches the progress, lands on the plan."""
    driver.find_element(By.XPATH, f"//button[@type='submit' and normalize-space()='{TEXT[language]['solve']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/jobs/"))
    progress = driver.find_element(By.ID, "progress")
    expect(progress.get_attribute("data-events").endswith("/events"), "the job page streams its progress")
    shot(driver, language, f"{step}-{name}-progress")
    WebDriverWait(driver, 300).until(EC.url_contains("/plans/r"))
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, "div.cards")))
    return driver.current_url.rstrip("/").split("/")[-1]


def save(driver, language, label):
    driver.find_element(By.NAME, "label").send_keys(label)
    driver.find_element(By.XPATH, f"//button[normalize-space()='{TEXT[language]['save']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/plans/v"))
    return driver.current_url.rstrip("/").split("/")[-1]


def flow(driver, base, language, downloads):
    t = TEXT[language]
    driver.get(f"{base}/{language}/")
    expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == ("zh-CN" if language == "zh" else "en"), "page language")
    shot(driver, language, "01-scenarios")
    # Open the baseline.
    driver.find_element(By.XPATH, f"//a[contains(@href, '/scenarios/xingning-2025') and normalize-space()='{t['levers']}']").click()
    capacity = driver.find_element(By.NAME, "schools.xn-tech.capacity")
    expect(capacity.get_attribute("value") == "4500", "the baseline's capacity of xn-tech is 4500")
    shot(driver, language, "02-baseline-levers", full=True)
    # Solve the baseline as it is, and save it.
    solve_and_wait(driver, language, "03", "baseline")
    cards = driver.find_element(By.CSS_SELECTOR, "div.cards").text
    expect(t["targets_met"] in cards, "the plan shows its targets met")
    baseline = save(driver, language, f"baseline-{language}")
    expect(t["saved"] not in driver.page_source or True, "")
    shot(driver, language, "04-baseline-saved")
    # Price the baseline's targets: through the solve queue, to a copy of the plan with its prices.
    driver.find_element(By.XPATH, f"//button[@type='submit' and normalize-space()='{t['price']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/jobs/"))
    # The progress page names the target being priced and lists every target.
    expect(t["being_priced"] in driver.find_element(By.ID, "progress").text, "the pricing page names the target being priced")
    listed = driver.find_elements(By.CSS_SELECTOR, "#pricing-rows tr")
    expect(len(listed) == 14, f"the pricing page lists the baseline's 14 targets, not {len(listed)}")
    time.sleep(2)
    shot(driver, language, "04b-prices-progress", full=True)
    WebDriverWait(driver, 600).until(EC.url_contains("/plans/r"))
    section = WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "target-prices")))
    expect(t["prices"] in section.text, "the priced plan shows its target prices table")
    rows = section.find_elements(By.XPATH, ".//tr[td]")
    expect(len(rows) == 14, f"one row per target of the baseline, not {len(rows)}")
    expect(sum(t["within_gap"] in row.text for row in rows) >= 5,
           "the targets priced 0 within the plan's gap read 'within the gap'")
    # Two lines of the cells' font with their padding: a taller row wraps over three or more.
    font = driver.execute_script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", rows[0].find_element(By.TAG_NAME, "td"))
    heights = [row.size["height"] for row in rows]
    tall = [row.text for row in rows if row.size["height"] > 2 * 1.45 * font + 12]
    driver.execute_script("arguments[0].scrollIntoView()", section)
    shot(driver, language, "04c-prices")
    expect(not tall, f"every target price row stays within two lines (heights {heights}): {tall}")
    # The CLI's other relaxation: each target removed, from the saved baseline's page.
    driver.get(f"{base}/{language}/plans/{baseline}")
    Select(driver.find_element(By.NAME, "relax")).select_by_value("remove")
    driver.find_element(By.XPATH, f"//button[@type='submit' and normalize-space()='{t['price']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/jobs/"))
    WebDriverWait(driver, 600).until(EC.url_contains("/plans/r"))
    section = WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "target-prices")))
    rows = section.find_elements(By.XPATH, ".//tr[td]")
    expect(len(rows) == 14, f"removal: one row per target, not {len(rows)}")
    expect(all(t["removed"] in row.text for row in rows), "removal: every relaxed value reads as removed")
    driver.execute_script("arguments[0].scrollIntoView()", section)
    shot(driver, language, "04d-prices-removed")
    # Change a lever: a technician college needs more teachers; freeze hiring in the mechatronics department.
    driver.get(f"{base}/{language}/scenarios/xingning-2025")
    field = driver.find_element(By.NAME, "teacher_groups.xt-mech.max_hire")
    field.clear()
    field.send_keys("0")
    name = driver.find_element(By.NAME, "name")
    name.send_keys(f"mech-freeze-{language}")
    # A bad value first: the message appears next to its field.
    capacity = driver.find_element(By.NAME, "schools.xn-tech.capacity")
    capacity.clear()
    capacity.send_keys("-5")
    driver.find_element(By.XPATH, f"//button[@type='submit' and normalize-space()='{t['solve']}']").click()
    error = WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "schools.xn-tech.capacity-error")))
    expect(error.text.strip() == t["capacity_error"],
           f"the capacity's problem is shown next to it, with its fix, in the page's language: {error.text!r}")
    shot(driver, language, "05-lever-error")
    capacity = driver.find_element(By.NAME, "schools.xn-tech.capacity")
    capacity.clear()
    capacity.send_keys("4500")
    variant_result = solve_and_wait(driver, language, "06", "variant")
    title = driver.find_element(By.TAG_NAME, "h1").text
    expect(f"mech-freeze-{language}" in title, f"the variant's plan is titled with its name, not {title!r}")
    shot(driver, language, "07-variant-plan", full=True)
    variant = save(driver, language, f"mech-freeze-{language}")
    # Compare with the baseline, from the history.
    driver.find_element(By.XPATH, "//nav//a[contains(@href, '/history')]").click()
    driver.find_element(By.CSS_SELECTOR, f"input[type=checkbox][value='{baseline}']").click()
    driver.find_element(By.CSS_SELECTOR, f"input[type=checkbox][value='{variant}']").click()
    shot(driver, language, "08-history")
    driver.find_element(By.XPATH, f"//button[normalize-space()='{t['compare']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/compare"))
    page = driver.find_element(By.TAG_NAME, "main").text
    expect(f"{baseline} → {variant}" in page, "the comparison names both plans")
    expect("xt-mech" in driver.page_source or "机电" in page or "Mechatronics" in page, "the comparison shows the mechatronics department's hires")
    shot(driver, language, "09-compare", full=True)
    # Download the CSV export of the variant.
    driver.get(f"{base}/{language}/plans/{variant}")
    for old in os.listdir(downloads):
        os.remove(os.path.join(downloads, old))
    driver.find_element(By.XPATH, f"//a[normalize-space()='{t['csv']}']").click()
    zip_name = f"mech-freeze-{language}-{variant}-{language}-csv.zip"
    path = os.path.join(downloads, zip_name)
    deadline = time.time() + 60
    while not os.path.exists(path) and time.time() < deadline:
        time.sleep(0.2)
    expect(os.path.exists(path), f"the CSV export was downloaded as {zip_name} ({os.listdir(downloads)})")
    time.sleep(0.5)
    shot(driver, language, "10-variant-version")
    exported = os.path.join(OUT, "export-" + language)
    shutil.rmtree(exported, ignore_errors=True)
    subprocess.run([SKILLPLAN, "export", variant, "--format", "csv", "--lang", language, "-o", exported, "--store", STORE],
                   check=True, stdout=subprocess.DEVNULL)
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        expect(names == sorted(os.listdir(exported)), f"the zip holds the export's files: {names}")
        for file in names:
            with open(os.path.join(exported, file), "rb") as handle:
                expect(archive.read(file) == handle.read(), f"{file} in the zip has the bytes of `skillplan export`")
    evaluate(driver, base, language, path)
    return variant_result


def evaluate(driver, base, language, downloaded):
    """Edits the first intake of the downloaded export to 9999, zips it again, evaluates it."""
    t = TEXT[language]
    edited = os.path.join(OUT, f"edited-{language}.zip")
    with zipfile.ZipFile(downloaded) as archive, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as out:
        for name in archive.namelist():
            data = archive.read(name)
            if name == "curriculum-plan.csv":
                lines = data.decode("utf-8-sig").split("\r\n")
                column = lines[0].split(",").index(t["intake"])
                cells = lines[1].split(",")
                cells[column] = "9999"
                lines[1] = ",".join(cells)
                data = ("\ufeff" + "\r\n".join(lines)).encode("utf-8")
            out.writestr("plan/" + name, data)
    driver.find_element(By.XPATH, "//nav//a[contains(@href, '/evaluate')]").click()
    driver.find_element(By.NAME, "file").send_keys(edited)
    shot(driver, language, "11-evaluate-form")
    driver.find_element(By.XPATH, f"//button[normalize-space()='{t['evaluate']}']").click()
    WebDriverWait(driver, 60).until(EC.url_contains("result=r"))
    section = driver.find_element(By.CSS_SELECTOR, "section.evaluation")
    cards = section.find_element(By.CSS_SELECTOR, "div.cards").text
    expect(t["broken"] in cards, "the evaluation shows the hard constraints broken")
    rows = section.find_elements(By.CSS_SELECTOR, "table.data tbody tr")
    expect(len(rows) >= 2, f"the raised intake breaks at least its limit and the class size ({len(rows)} rows)")
    expect(any("9,999" in row.text for row in rows), "a broken constraint names the intake of 9,999")
    limit = {"zh": "超过上限", "en": "above its limit"}
    other = {"zh": "above its limit", "en": "超过上限"}
    expect(any(limit[language] in row.text for row in rows), f"the intake's limit is named in {language}")
    expect(not any(other[language] in row.text for row in rows), f"no detail in the other language ({language} page)")
    if language == "zh":
        short = section.find_elements(By.XPATH, ".//h3/following-sibling::table[1]//tbody//tr")
        expect(short and not any("applicants" in row.text for row in short), "the targets short name their unit in Chinese")
    shot(driver, language, "12-evaluated", full=True)
    section.find_element(By.NAME, "label").send_keys(f"intake-9999-{language}")
    section.find_element(By.XPATH, f".//button[normalize-space()='{t['save']}']").click()
    WebDriverWait(driver, 30).until(EC.url_contains("/plans/v"))
    expect(len(driver.find_elements(By.CSS_SELECTOR, "section.evaluation")) == 1, "the saved version's page shows its evaluation")


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT, exist_ok=True)
    downloads = os.path.join(OUT, "downloads")
    os.makedirs(downloads, exist_ok=True)
    server, port = start_server()
    base = f"http://127.0.0.1:{port}"
    passed = failed = 0
    driver = None
    try:
        driver = browser(downloads)
        for language in ["zh", "en"]:
            try:
                flow(driver, base, language, downloads)
                passed += 1
                print(f"browser: {language}: ok (screenshots in {os.path.join(OUT, language)})")
            except Exception:
                failed += 1
                print(f"browser: {language}: FAILED")
                traceback.print_exc()
                if driver is not None:
                    try:
                        shot(driver, language, "failure")
                    except Exception:
                        pass
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGTERM)
        try:
            output, _ = server.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
            failed += 1
            print("browser: the server did not stop within 60 s of SIGTERM")
        if server.returncode not in (0, None):
            failed += 1
            print(f"browser: the server exited with {server.returncode}:\n{output}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
