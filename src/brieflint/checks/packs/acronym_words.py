"""Acronyms that a general dictionary lists as words (generated: do not edit).

Written by scripts/make_acronym_words.py from Princeton WordNet 3.0 (Debian's
wordnet-base 1:3.0, /usr/share/wordnet/data.noun): the nouns written in capitals with
a sense outside noun.group and noun.location. Read by .acronyms, lazily.
"""

# The licence of WordNet 3.0, which asks that this notice appear on every copy:
# This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license.  By obtaining, using
# and/or copying this software and database, you agree that you have
# read, understood, and will comply with these terms and conditions.:
#
# Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with
# the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal
# use or for distribution.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
# OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database.  Title to copyright in this software, database and
# any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.

WORDS = frozenset(
    (
        "AA AAA AAS AAVE AB ABC ABLS ABM ABS AC ACE ACTH ADA ADA-SCID ADD ADH ADHD ADP ADPS AFP AFRL AHPCRC "
        "AI AIDS ALGOL ALS ALT AM AMD AMEX AMP AN ANOVA ANS APC ARDS ASCII ASL ATM ATP AU AWOL AZ AZT BA BAN "
        "BAR BASIC BB BD BIN BLT BM BMI BMR BNS BPH BS BSE BTU BVD BW BWR CABG CAD CAT CBC CBR CD CD-R "
        "CD-ROM CD-WO CEO CER CF CFC CFO CFTR CISC CJD CLI CMB CMBR CMV CNS CO COBOL COMINT CPA CPI CPR CPU "
        "CRO CRP CRT CST CT CV CVA DA DAT DBA DBMS DC DCI DD DDC DDI DDS DDT DES DLE DM DMD DNA DO DOS DP "
        "DPH DS DSL DVD EAS EB EBITDA EBV ECC ECCM ECF ECG ECM ECT ED EDP EDS EDTA EE EEG EHF EKG EL ELF "
        "ELINT ELISA EMDA EMG ENE ENL EPI EPROM ER ERA ERT ESE ESM ESOP ESP ESR EST ETD ETF EW FAE FAQ FAS "
        "FDR FET FICA FIFO FISA FM FO FOTS FPD FSH FTP GA GABA GAD GB GCA GCSE GD GDP GHB GHQ GHRF GIGO GMT "
        "GNP GP GPA GPS GSR GUI HA HAART HAZMAT HCFC HCG HDL HDTV HF HFC HIV HMO HN HND HP HQ HRT HSV-I "
        "HSV-II HTML HTTP IAA ICBM ICE ICSH ID IDDM IDP IE IED II III INH IOL IOP IOU IP IPO IPV IQ IRA IT "
        "IUD IV IVP IW IX JDAM JFK JHVH KB KBO KO KP LAN LASEK LASIK LBJ LCD LDL LE LED LEM LF LGB LGV LH "
        "LIFO LISP LLB LLD LLM LOX LP LPN LSD LTM LX LXX LXXX MA MALS MANPAD MAO MAOI MAT MB MBA MBD MD MDMA "
        "MF MFA MFLOP MI MIDI MIPS MIT MLS MMPI MOT MP MPEG MPS MRD MRI MS MS-DOS MSG MSH MST MT MVP NAD "
        "NADP NAFTA NASDAQ NB NE NEC NGF NGU NIDDM NIMBY NLP NMR NNE NNRTI NNW NOC NP NREM NRL NRTI NSAID "
        "NSU NW NYSE OB OD OED OK OLED OPV OR OS OWLT PA PABA PAYE PB PBS PC PCP PDA PET PFC PI PID PIE PIN "
        "PKD PKU PM PMS PO POB POW PPLO PPP PR PS PSA PST PTO PTSD PVA PVC PWR PX QCD QED RAIU RAM RAS RBC "
        "REM RES RF RFD RH RICO RISC RN RNA ROI ROM RTLT RV SALT SAM SARS SB SCET SCID SCLK SCNT SCPO SCSI "
        "SE SEAL SEB SGML SHF SI SIDS SIGINT SLE SLS SM SNP SOB SOD SOP SOS SPF SSE SSPE SSRI SSW STD STH "
        "STM STP SUV SW TAT TB TCE TCP TDT TELINT THC TIA TKO TLC TMV TNF TNT TOPV TPN TRF TRH TRM TSH TSS "
        "TT TURP TV UFO UHF UNIX UPPP URL USACIL UT UTC UV VAT VCR VD VDU VHF VI VII VIII VIP VLDL VLF WAN "
        "WASP WATS WBC WIMP WLAN WMD WNW WSW WTC WTV WWW XC XI XII XIII XIV XIX XL XT XTC XV XVI XVII XVIII "
        "XX XXI XXII XXIII XXIV XXIX XXV XXVI XXVII XXVIII XXX XXY XY XYY YB YHVH YHWH ZB ZDV ZIP "
    ).split()
)
